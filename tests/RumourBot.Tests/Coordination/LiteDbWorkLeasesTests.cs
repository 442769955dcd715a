using RumourBot.Coordination;
using RumourBot.Storage;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Coordination;

/// <summary>The lease contract on a real LiteDB file in a temp folder, and what a restart keeps.</summary>
public sealed class LiteDbWorkLeasesTests : WorkLeasesContract
{
    private readonly TempFolder _folder = new();
    private RumourDatabase? _database;

    protected override IWorkLeases CreateLeases()
    {
        _database = new RumourDatabase(_folder.File("rumourbot.db"));
        return new LiteDbWorkLeases(_database);
    }

    [Fact]
    public void A_claim_outlives_its_process_until_it_runs_out()
    {
        var now = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        using (var before = new RumourDatabase(_folder.File("restart.db")))
        {
            Assert.True(new LiteDbWorkLeases(before).TryClaim("feed:abc", "crashed-process", now, TimeSpan.FromMinutes(11)));
        }

        using var after = new RumourDatabase(_folder.File("restart.db"));
        var leases = new LiteDbWorkLeases(after);

        Assert.False(leases.TryClaim("feed:abc", "restarted-process", now + TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(11)));
        Assert.True(leases.TryClaim("feed:abc", "restarted-process", now + TimeSpan.FromMinutes(11), TimeSpan.FromMinutes(11)));
    }

    protected override void Dispose(bool disposing)
    {
        _database?.Dispose();
        _folder.Dispose();
    }
}
