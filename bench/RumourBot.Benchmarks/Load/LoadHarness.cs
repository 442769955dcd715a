namespace RumourBot.Benchmarks.Load;

/// <summary>
/// <c>dotnet run -c Release --project bench/RumourBot.Benchmarks -- load [reports] [interactions] [dispatches] [votes]</c>:
/// interaction-to-response latency of /rumours latest against FakeDiscord over a database of many reports,
/// gateway dispatch throughput for MESSAGE_REACTION_ADD, and sustained vote ingestion into LiteDB on one poll and
/// across 1,000 polls. Bounded in count and time; loopback only.
/// </summary>
public static class LoadHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var reports = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var interactions = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
        var dispatches = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200_000;
        var votes = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 200_000;

        await InteractionLatency.RunAsync(reports, interactions);
        await DispatchThroughput.RunAsync(dispatches);
        await VoteIngestion.RunAsync(votes, pollCount: 1);
        await VoteIngestion.RunAsync(votes, pollCount: 1_000);
        return 0;
    }
}
