using RumourBot.Coordination;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Coordination;

/// <summary>The lease contract on PostgreSQL, and processes (data sources of their own) claiming the same work at once.</summary>
public sealed class PostgresWorkLeasesContract(PostgresDatabase database) : WorkLeasesContract, IClassFixture<PostgresDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hold = TimeSpan.FromMinutes(2);

    // The contract names its work uniquely per test, so the class's database needs no emptying.
    protected override IWorkLeases CreateLeases() => new PostgresWorkLeases(database.OpenDataSource());

    [SkippableFact]
    public async Task Of_four_processes_claiming_the_same_work_at_once_exactly_one_gets_it_each_time()
    {
        var processes = Enumerable.Range(0, 4).Select(_ => new PostgresWorkLeases(database.OpenDataSource())).ToList();
        var work = $"feed:{Guid.NewGuid():N}";

        for (var round = 0; round < 30; round++)
        {
            // Each round starts after the last claim ran out, so the work is free again for everyone.
            var now = Now + round * Hold;
            var winners = await Task.WhenAll(processes.Select((leases, p) => Task.Run(() => leases.TryClaim(work, $"shard-{p}", now, Hold))));
            Assert.Equal(1, winners.Count(won => won));
        }
    }
}
