using Microsoft.Extensions.Logging.Abstractions;
using RumourBot.Coordination;
using RumourBot.Ingestion;
using RumourBot.Storage;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Storage;

/// <summary>The seeds import claimed through a lease, so that of several processes starting at once one imports.</summary>
public class SeedImporterLeaseTests
{
    private static SeedImporter Process(TestBot bot, IWorkLeases leases, string name) =>
        new(bot.Rumours, bot.Importer, bot.Options, bot.Time, NullLogger<SeedImporter>.Instance, leases, new ProcessIdentity(name));

    [Fact]
    public async Task While_another_process_imports_the_seeds_a_starting_process_leaves_them_and_a_dead_importers_claim_runs_out()
    {
        using var bot = new TestBot();
        var leases = new LiteDbWorkLeases(bot.Database);
        Assert.True(leases.TryClaim(SeedImporter.ImportWork, "importing-elsewhere", bot.Time.GetUtcNow(), SeedImporter.ImportHold));

        await Process(bot, leases, "starting").StartAsync(CancellationToken.None);
        var whileHeld = bot.Rumours.ReportCount;

        // The importer died part-way: once its claim runs out, the next start does the job.
        bot.Time.Advance(SeedImporter.ImportHold);
        await Process(bot, leases, "restarted").StartAsync(CancellationToken.None);

        Assert.Equal(0, whileHeld);
        Assert.True(bot.Rumours.ReportCount > 0);
        Assert.True(leases.TryClaim(SeedImporter.ImportWork, "later", bot.Time.GetUtcNow(), SeedImporter.ImportHold)); // given up when done
    }

    [Fact]
    public async Task The_importer_renews_its_claim_after_each_report_so_a_dead_importers_claim_runs_out_soon()
    {
        using var bot = new TestBot();
        var leases = new CountingLeases(new LiteDbWorkLeases(bot.Database));

        await Process(bot, leases, "importer").StartAsync(CancellationToken.None);
        await Process(bot, leases, "second-start").StartAsync(CancellationToken.None);

        var seeds = Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.txt").Count();
        Assert.True(seeds > 1);
        Assert.Equal(1 + seeds, leases.ClaimsBy("importer"));
        Assert.Equal(0, leases.ClaimsBy("second-start")); // the seeds were in: nothing to claim
    }

    private sealed class CountingLeases(IWorkLeases leases) : IWorkLeases
    {
        private readonly List<string> _claims = [];

        public int ClaimsBy(string holder) => _claims.Count(h => h == holder);

        public bool TryClaim(string work, string holder, DateTimeOffset now, TimeSpan hold)
        {
            _claims.Add(holder);
            return leases.TryClaim(work, holder, now, hold);
        }

        public void Release(string work, string holder) => leases.Release(work, holder);
    }
}
