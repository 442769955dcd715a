namespace RumourBot.Benchmarks.Load;

/// <summary>
/// <c>dotnet run -c Release --project bench/RumourBot.Benchmarks -- load [reports] [interactions] [dispatches]</c>:
/// interaction-to-response latency of /rumours latest against FakeDiscord over a database of many reports, and
/// gateway dispatch throughput for MESSAGE_REACTION_ADD. <c>load feeds [articles] [latency-ms ...]</c>: adding a feed
/// of that many articles served locally, at each simulated page latency. Bounded in count and time; loopback only.
/// </summary>
public static class LoadHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["feeds", ..])
        {
            var articles = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100;
            int[] latencies = args.Length > 2 ? [.. args[2..].Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture))] : [0, 50, 200];
            await FeedIngestion.RunAsync(articles, latencies);
            return 0;
        }

        var reports = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var interactions = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
        var dispatches = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200_000;

        await InteractionLatency.RunAsync(reports, interactions);
        await DispatchThroughput.RunAsync(dispatches);
        return 0;
    }
}
