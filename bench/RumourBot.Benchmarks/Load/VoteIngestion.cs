using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using RumourBot.Discord.Gateway;
using RumourBot.Discord.Rest;
using RumourBot.OnDiscord;
using RumourBot.Polls;
using RumourBot.Storage;

namespace RumourBot.Benchmarks.Load;

/// <summary>
/// Sustained vote ingestion: MESSAGE_REACTION_ADD dispatches over a loopback WebSocket, through our gateway client
/// and the bot's own <see cref="PollReactions"/>, into votes stored in a LiteDB file (or, with <c>postgres</c>, in a
/// throwaway PostgreSQL database, see <see cref="PostgresBenchDatabase"/>); then every vote is checked to be there
/// (nothing lost).
/// </summary>
public static class VoteIngestion
{
    private const ulong FirstMessage = 1310000000000050000UL;
    private const ulong FirstVoter = 1310000000000100000UL;

    public static async Task RunAsync(int votes, int pollCount, bool postgres = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "rumourbot-vote-load", Guid.NewGuid().ToString("N"));
        try
        {
            using var database = postgres ? null : new RumourDatabase(Path.Combine(folder, "votes.db"));
            using var server = postgres ? new PostgresBenchDatabase() : null;
            IPollStore store = server is null ? new LiteDbPollStore(database!) : new PostgresPollStore(server.Source);
            var polls = new PollBook(store, TimeProvider.System);
            var open = Enumerable.Range(0, pollCount).Select(i =>
            {
                var poll = polls.Create(new Poll
                {
                    GuildId = 1310000000000000100UL,
                    Question = $"Poll {i}",
                    Options = [.. PollDraft.YesNo],
                    CreatedAt = DateTimeOffset.UtcNow,
                    ClosesAt = DateTimeOffset.UtcNow.AddDays(1),
                    State = PollState.Open,
                });
                polls.Attach(poll, 1310000000000000103UL, FirstMessage + (ulong)i);
                return poll;
            }).ToList();

            // Every voter votes once per poll, so the expected number of stored votes is exactly `votes`.
            var frames = Enumerable.Range(0, votes)
                .Select(i => FrameGateway.ReactionAdd(i + 2, FirstVoter + (ulong)(i / pollCount), FirstMessage + (ulong)(i % pollCount), i % 3 == 0 ? "\u274C" : "\u2705"))
                .ToArray();
            await using var gateway = await FrameGateway.StartAsync(frames);

            using var http = new HttpClient();
            var rest = new DiscordRestClient(http, new DiscordRestOptions { Token = "load" }, NullLogger<DiscordRestClient>.Instance, TimeProvider.System);
            var queue = new VoteQueue(polls, NullLogger<VoteQueue>.Instance);
            await queue.StartAsync(CancellationToken.None);
            using var reactions = new PollReactions(polls, queue, rest, new BotIdentity { UserId = "1" }, NullLogger<PollReactions>.Instance);
            var received = 0;
            var allReceived = new TaskCompletionSource();
            Stopwatch? clock = null;
            var client = new DiscordGatewayClient(new GatewayOptions { Token = "load" }, NullLogger<DiscordGatewayClient>.Instance, TimeProvider.System);
            client.Events.ReactionAdded += reaction =>
            {
                clock ??= Stopwatch.StartNew();
                reactions.OnReactionAdded(reaction); // as the GatewayEventRouter hands it on
                if (++received == votes) allReceived.TrySetResult();
            };
            using var stop = new CancellationTokenSource();
            var run = client.RunAsync(gateway.Url, stop.Token);
            await allReceived.Task.WaitAsync(TimeSpan.FromMinutes(2));
            var receivedIn = clock!.Elapsed;
            await queue.FlushAsync().WaitAsync(TimeSpan.FromMinutes(2));
            var elapsed = clock!.Elapsed;
            await queue.StopAsync(CancellationToken.None);
            var stored = open.Sum(p => polls.Tally(p).TotalVotes);
            await stop.CancelAsync();
            try
            {
                await run;
            }
            catch (OperationCanceledException)
            {
            }
            Console.WriteLine($"votes ({(postgres ? "PostgreSQL" : "LiteDB")}): {votes:N0} reaction dispatches → {stored:N0} stored votes on {pollCount:N0} poll(s) in {elapsed.TotalMilliseconds:F0} ms: " +
                              $"{votes / elapsed.TotalSeconds:N0} votes/s (all dispatches in after {receivedIn.TotalMilliseconds:F0} ms){(stored == votes ? ", none lost" : $", {votes - stored} MISSING")}");
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
