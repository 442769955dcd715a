using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using RumourBot.Discord.Gateway;
using RumourBot.Discord.Models;

namespace RumourBot.Benchmarks.Load;

/// <summary>
/// How many MESSAGE_REACTION_ADD dispatches a second our gateway client receives, parses and routes (no storage;
/// <see cref="VoteIngestion"/> measures the votes stored).
/// </summary>
public static class DispatchThroughput
{
    public static async Task RunAsync(int count)
    {
        var frames = Enumerable.Range(0, count)
            .Select(i => FrameGateway.ReactionAdd(i + 2, 1310000000000000200UL + (ulong)(i % 1000), 1310000000000050000UL + (ulong)(i % 1000), "\u2705"))
            .ToArray();
        await using var gateway = await FrameGateway.StartAsync(frames);

        // Routing as the bot will: find the poll by message id, count the vote by emoji.
        var polls = new Dictionary<Snowflake, int>();
        var routed = 0;
        var done = new TaskCompletionSource();
        Stopwatch? clock = null;
        var client = new DiscordGatewayClient(new GatewayOptions { Token = "load" }, NullLogger<DiscordGatewayClient>.Instance, TimeProvider.System);
        client.Events.ReactionAdded += reaction =>
        {
            clock ??= Stopwatch.StartNew();
            if (reaction.Emoji.Name is not null) polls[reaction.MessageId] = polls.GetValueOrDefault(reaction.MessageId) + 1;
            if (++routed == count) done.TrySetResult();
        };
        using var stop = new CancellationTokenSource();
        var run = client.RunAsync(gateway.Url, stop.Token);
        await done.Task.WaitAsync(TimeSpan.FromMinutes(2));
        var elapsed = clock!.Elapsed;
        await stop.CancelAsync();
        try
        {
            await run;
        }
        catch (OperationCanceledException)
        {
        }
        Console.WriteLine($"gateway: {count:N0} MESSAGE_REACTION_ADD dispatches parsed and routed in {elapsed.TotalMilliseconds:F0} ms: " +
                          $"{count / elapsed.TotalSeconds:N0} dispatches/s ({polls.Count} polls)");
    }
}
