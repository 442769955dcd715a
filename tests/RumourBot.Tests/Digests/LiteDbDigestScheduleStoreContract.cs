using RumourBot.Digests;
using RumourBot.Storage;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Digests;

/// <summary>The digest schedule store contract on LiteDB: a real file in a temp folder.</summary>
public sealed class LiteDbDigestScheduleStoreContract : DigestScheduleStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private RumourDatabase? _database;

    protected override IDigestScheduleStore NewStore() => new LiteDbDigestScheduleStore(_database ??= new RumourDatabase(_folder.File("rumourbot.db")));

    public void Dispose()
    {
        _database?.Dispose();
        _folder.Dispose();
    }
}
