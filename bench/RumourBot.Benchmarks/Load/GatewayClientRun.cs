using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using RumourBot.Discord.Gateway;
using RumourBot.Discord.Models;

namespace RumourBot.Benchmarks.Load;

/// <summary>
/// <c>gateway-client &lt;ws-url&gt; &lt;count&gt;</c>: our gateway client against any gateway at that address (the
/// side-by-side gateway in bench/gateway-vs-discordjs, FakeDiscord, ...): identify, then route <c>count</c>
/// MESSAGE_REACTION_ADD dispatches to their polls by message id as the bot does, and print
/// <c>N dispatches in T ms: R dispatches/s</c>. The clock runs from the first reaction to the last.
/// </summary>
public static class GatewayClientRun
{
    public static async Task<int> RunAsync(string url, int count)
    {
        var polls = new Dictionary<Snowflake, int>();
        var routed = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        long started = 0, finished = 0;
        var client = new DiscordGatewayClient(new GatewayOptions { Token = "bench-token" }, NullLogger<DiscordGatewayClient>.Instance, TimeProvider.System);
        client.Events.ReactionAdded += reaction =>
        {
            if (routed == 0) started = Stopwatch.GetTimestamp();
            // As PollReactions does: burst reactions and emoji-less ones are not votes; the poll is found by message id.
            if (!reaction.Burst && reaction.Emoji.Name is not null)
            {
                ref var votes = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(polls, reaction.MessageId, out _);
                votes++;
            }
            if (++routed == count)
            {
                finished = Stopwatch.GetTimestamp();
                done.TrySetResult();
            }
        };
        using var stop = new CancellationTokenSource();
        var run = client.RunAsync(new Uri(url), stop.Token);
        var first = await Task.WhenAny(done.Task, run, Task.Delay(TimeSpan.FromMinutes(5)));
        if (first != done.Task)
        {
            Console.Error.WriteLine($"gateway-client: only {routed:N0} of {count:N0} dispatches arrived");
            await stop.CancelAsync();
            return 1;
        }
        await stop.CancelAsync();
        try
        {
            await run.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception error) when (error is OperationCanceledException or TimeoutException)
        {
            // stopped
        }
        var elapsed = Stopwatch.GetElapsedTime(started, finished);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} dispatches in {elapsed.TotalMilliseconds:F0} ms: {count / elapsed.TotalSeconds:F0} dispatches/s"));
        return 0;
    }
}
