using Npgsql;
using RumourBot.Settling;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Settling;

/// <summary>The settlement store contract on PostgreSQL, and two processes recording the same poll at once.</summary>
public sealed class PostgresSettlementStoreContract(PostgresDatabase database) : SettlementStoreContract, IClassFixture<PostgresDatabase>
{
    private readonly Lock _opening = new();
    private NpgsqlDataSource? _source;

    // The first store of a test empties the tables; later ones (other "processes") open their own data source.
    protected override ISettlementStore NewStore()
    {
        lock (_opening) return new PostgresSettlementStore(_source is null ? _source = database.FreshDataSource("settlements", "settled_polls", "predictions") : database.OpenDataSource());
    }

    [SkippableFact]
    public async Task Two_processes_recording_one_poll_at_once_leave_one_processs_predictions_whole()
    {
        var stores = new[] { NewStore(), NewStore() };
        var poll = NewPoll(8);
        // Process 0 scores voters 0-299, process 1 voters 200-499; each records 20 times.
        var predictions = new[] { Enumerable.Range(0, 300), Enumerable.Range(200, 300) }
            .Select(voters => (IReadOnlyList<Prediction>)voters.Select(v => NewPrediction(poll, (ulong)v, true)).ToList()).ToList();

        await Task.WhenAll(stores.Select((store, s) => Task.Run(() =>
        {
            for (var i = 0; i < 20; i++) store.Record(NewSettlement(), [(poll, predictions[s])]);
        })));

        var stored = stores[0].PredictionsInGuild(Guild).Select(p => p.VoterId).Order().ToList();
        Assert.True(stored.SequenceEqual(predictions[0].Select(p => p.VoterId)) || stored.SequenceEqual(predictions[1].Select(p => p.VoterId)),
            $"expected one process's 300 predictions, found {stored.Count} from {stored.FirstOrDefault()} to {stored.LastOrDefault()}");
    }
}
