using FakeDiscord.Gateway;
using FakeDiscord.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RumourBot.Coordination;
using RumourBot.Discord.Tests.Support;
using RumourBot.Polls;

namespace RumourBot.Discord.Tests.Bot;

/// <summary>
/// One process of a bot whose shards run in several: configured with <c>TotalShards=2, ShardIds=1</c> against
/// FakeDiscord advising two shards, it connects shard 1 only and does the work of shard 1's guilds only.
/// </summary>
public class ShardsAcrossProcessesOnDiscordTests
{
    private static readonly TimeSpan Patience = Eventually.Patience;

    [Fact]
    public async Task A_process_running_shard_one_of_two_connects_only_it_and_leaves_shard_zeros_polls_alone()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await BotHarness.StartAsync(discord: o =>
        {
            o.Guilds = FakeGuild.CreateMany(4);
            o.RecommendedShards = 2;
        }, services: services =>
        {
            services.Configure<DiscordOptions>(o => (o.TotalShards, o.ShardIds) = (2, "1"));
            // Polls on a fake clock; the gateway and REST clients keep real time for the sockets.
            services.AddSingleton(provider => new PollBook(provider.GetRequiredService<IPollStore>(), clock));
            services.AddSingleton(provider => new PollCloser(provider.GetRequiredService<PollBook>(), clock,
                provider.GetRequiredService<ILogger<PollCloser>>(), provider.GetRequiredService<GuildOwnership>()));
        });
        var onShardZero = bot.Server.Options.Guilds.First(g => (g.Id >> 22) % 2 == 0);
        Assert.Equal(1, (int)((SampleIds.Guild >> 22) % 2));
        await bot.Server.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience);

        // Only shard 1 identified: shard 0's guilds have no session here (another process would hold it).
        var session = bot.Server.SessionFor(SampleIds.Guild);
        Assert.Equal([1, 2], session!.Shard);
        Assert.Null(bot.Server.SessionFor(onShardZero.Id));
        Assert.Equal(1, bot.Server.IdentifyCount);

        // A poll in shard 1's sample guild, voted on through the gateway, and one of shard 0's guild in the shared database.
        var ours = await CreatePollAsync(bot);
        await bot.Server.AddReactionAsync(ours.ChannelId!.Value, ours.MessageId!.Value, "✅", SampleIds.Bob);
        await Eventually.TrueAsync(() => Polls(bot).Tally(ours).TotalVotes == 1);
        var theirs = Polls(bot).Create(new Poll
        {
            GuildId = onShardZero.Id,
            Question = "Will he go?",
            Options = [.. PollDraft.YesNo],
            CreatedAt = clock.GetUtcNow(),
            ClosesAt = clock.GetUtcNow().AddDays(1),
            State = PollState.Open,
        });
        var theirMessage = onShardZero.Channels[0].Id + 1000;
        Polls(bot).Attach(theirs, onShardZero.Channels[0].Id, theirMessage);

        // A new session recounts this process's open polls only: shard 0's message is never read (it would 404 and cancel the poll).
        await bot.RestartAsync();
        await Eventually.TrueAsync(() => bot.LogText.Contains("Recounted 1 open polls from their reactions", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Server.Requests, r => r.Path.Contains(theirMessage.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        // At the deadline this process closes its own poll and leaves the other to shard 0's process.
        var closer = bot.Host.Services.GetRequiredService<PollCloser>();
        var swept = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        closer.Swept += closed => { if (closed > 0) swept.TrySetResult(closed.Value); };
        clock.Advance(TimeSpan.FromDays(1) + PollCloser.Interval);

        Assert.Equal(1, await swept.Task.WaitAsync(Patience));
        Assert.Equal(PollState.Closed, Polls(bot).Find(SampleIds.Guild, ours.Id)!.State);
        Assert.Equal(PollState.Open, Polls(bot).Find(onShardZero.Id, theirs.Id)!.State);
        Assert.Equal(0, bot.Exit.Code);
    }

    private static PollBook Polls(BotHarness bot) => bot.Host.Services.GetRequiredService<PollBook>();

    private static async Task<Poll> CreatePollAsync(BotHarness bot)
    {
        var data = new
        {
            name = "poll",
            type = 1,
            options = new[] { new { name = "create", type = 1, options = new[] { new { name = "question", type = 3, value = "Will Trent stay?" } } } },
        };
        await (await bot.Server.SendInteractionAsync(data, SampleIds.Alice, SampleIds.Guild, SampleIds.PollsChannel)).WaitForResponseAsync(Patience);
        Poll? poll = null;
        await Eventually.TrueAsync(() => (poll = Polls(bot).Find(SampleIds.Guild, 1)) is { MessageId: not null }
            && bot.Server.GetMessage(poll.ChannelId!.Value, poll.MessageId!.Value)!.Reactions.Count == 2);
        return poll!;
    }
}
