using System.Globalization;

namespace RumourBot.Benchmarks.Load;

/// <summary>
/// <c>dotnet run -c Release --project bench/RumourBot.Benchmarks -- load [reports] [interactions] [dispatches] [votes]</c>:
/// interaction-to-response latency of /rumours latest against FakeDiscord over a database of many reports,
/// gateway dispatch throughput for MESSAGE_REACTION_ADD, and sustained vote ingestion into LiteDB on one poll and
/// across 1,000 polls. <c>load votes [votes]</c>: only the vote ingestion; <c>load votes-postgres [votes]</c>: the same
/// into PostgreSQL (a throwaway database on the server RUMOURBOT_BENCH_POSTGRES names); <c>load latest-postgres
/// [reports] [interactions]</c>: the /rumours latest latency over a PostgreSQL database. <c>load feeds [articles] [latency-ms ...]</c>:
/// adding a feed of that many articles served locally, at each simulated page latency. <c>load memory [guilds] [reports]</c>:
/// the bot's steady working set with that many servers and stored reports. Bounded in count and time;
/// loopback only.
/// </summary>
public static class LoadHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["feeds", ..])
        {
            var articles = args.Length > 1 ? Number(args[1]) : 100;
            int[] latencies = args.Length > 2 ? [.. args[2..].Select(Number)] : [0, 50, 200];
            await FeedIngestion.RunAsync(articles, latencies);
            return 0;
        }
        if (args is ["memory", ..])
        {
            await SteadyMemory.RunAsync(args.Length > 1 ? Number(args[1]) : 1_000, args.Length > 2 ? Number(args[2]) : 100_000);
            return 0;
        }
        if (args is ["latest-postgres", ..])
        {
            await InteractionLatency.RunAsync(args.Length > 1 ? Number(args[1]) : 100_000, args.Length > 2 ? Number(args[2]) : 10_000, postgres: true);
            return 0;
        }
        if (args is ["votes-postgres", ..])
        {
            var count = args.Length > 1 ? Number(args[1]) : 200_000;
            await VoteIngestion.RunAsync(count, pollCount: 1, postgres: true);
            await VoteIngestion.RunAsync(count, pollCount: 1_000, postgres: true);
            return 0;
        }
        if (args is ["votes", ..])
        {
            await RunVotesAsync(args.Length > 1 ? Number(args[1]) : 200_000);
            return 0;
        }

        var reports = args.Length > 0 ? Number(args[0]) : 100_000;
        var interactions = args.Length > 1 ? Number(args[1]) : 10_000;
        var dispatches = args.Length > 2 ? Number(args[2]) : 200_000;
        var votes = args.Length > 3 ? Number(args[3]) : 200_000;

        await InteractionLatency.RunAsync(reports, interactions);
        await DispatchThroughput.RunAsync(dispatches);
        await RunVotesAsync(votes);
        return 0;
    }

    private static async Task RunVotesAsync(int votes)
    {
        await VoteIngestion.RunAsync(votes, pollCount: 1);
        await VoteIngestion.RunAsync(votes, pollCount: 1_000);
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
