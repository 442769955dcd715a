using Npgsql;
using RumourBot.Coordination;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Coordination;

/// <summary>The lease contract on PostgreSQL, and many processes claiming the same work at once: one wins each round.</summary>
public sealed class PostgresWorkLeasesContract(PostgresDatabase database) : WorkLeasesContract, IClassFixture<PostgresDatabase>
{
    private readonly Lock _opening = new();
    private NpgsqlDataSource? _source;

    // The first store of a test empties the tables; later ones (other "processes") open their own data source.
    protected override IWorkLeases NewLeases()
    {
        lock (_opening) return new PostgresWorkLeases(_source is null ? _source = database.FreshDataSource("leases") : database.OpenDataSource());
    }

    [SkippableFact]
    public async Task Of_four_processes_claiming_the_same_work_at_once_exactly_one_gets_it_each_time()
    {
        var processes = Enumerable.Range(0, 4).Select(_ => NewLeases()).ToList();

        for (var round = 0; round < 30; round++)
        {
            // Each round starts after the last claim expired, so the work is free again for everyone.
            var now = Now + round * Hold;
            var winners = await Task.WhenAll(processes.Select((leases, p) => Task.Run(() => leases.TryClaim("feed:shared", $"shard-{p}", now, Hold))));
            Assert.Equal(1, winners.Count(won => won));
        }
    }
}
