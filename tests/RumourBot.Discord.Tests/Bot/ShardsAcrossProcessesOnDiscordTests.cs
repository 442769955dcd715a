using FakeDiscord;
using FakeDiscord.Gateway;
using FakeDiscord.Model;
using FakeDiscord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RumourBot.Coordination;
using RumourBot.Discord.Tests.Support;
using RumourBot.OnDiscord;
using RumourBot.Polls;
using RumourBot.Storage;
using RumourBot.Tests.Support;

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
        await bot.Server.WaitForGatewayEventAsync(GatewayLifecycle.Ready, 1, Patience);

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
        // The slash commands are shard 0's process's to register, not this one's.
        Assert.DoesNotContain(bot.Server.Requests, IsCommandRegistration);
        Assert.Equal(0, bot.Exit.Code);
    }

    [Fact]
    public async Task Two_processes_with_one_shard_each_share_the_guilds_and_identify_five_seconds_apart()
    {
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions
        {
            Guilds = FakeGuild.CreateMany(4),
            RecommendedShards = 2,
            HeartbeatTimeout = TimeSpan.FromSeconds(30),
        });
        using var folder = new TempFolder();
        using var database = new RumourDatabase(folder.File("leases.db")); // the store both processes share
        var leases = new RecordingLeases(new LiteDbWorkLeases(database));
        Action<IServiceCollection> Shard(string ids) => services =>
        {
            services.Configure<DiscordOptions>(o => (o.TotalShards, o.ShardIds) = (2, ids));
            services.AddSingleton<IWorkLeases>(leases);
        };

        await using var zero = await BotHarness.StartAsync(sharedServer: server, services: Shard("0"));
        await using var one = await BotHarness.StartAsync(sharedServer: server, services: Shard("1"));
        await server.WaitForGatewayEventAsync(GatewayLifecycle.Ready, 2, TimeSpan.FromSeconds(30));

        var onShardZero = server.Options.Guilds.First(g => (g.Id >> 22) % 2 == 0);
        Assert.Equal([0, 2], server.SessionFor(onShardZero.Id)!.Shard);
        Assert.Equal([1, 2], server.SessionFor(SampleIds.Guild)!.Shard);
        Assert.Equal(2, server.IdentifyCount);
        // max_concurrency 1: both shards are in bucket 0, so whichever process came second waited out the first's lease.
        var identified = leases.Won.Where(c => c.Work == "identify:0").GroupBy(c => c.Holder).Select(g => g.Min(c => c.At)).Order().ToList();
        Assert.Equal(2, identified.Count);
        Assert.True(identified[1] - identified[0] >= TimeSpan.FromSeconds(5), $"identifies {identified[1] - identified[0]} apart");

        // Each guild's command reaches the process of its shard, and is answered.
        var help = new { name = "help", type = 1 };
        Assert.Equal(4, (await (await server.SendInteractionAsync(help, SampleIds.Bob, onShardZero.Id, onShardZero.Channels[0].Id)).WaitForResponseAsync(Patience)).Type);
        Assert.Equal(4, (await (await server.SendInteractionAsync(help, SampleIds.Bob, SampleIds.Guild, SampleIds.GeneralChannel)).WaitForResponseAsync(Patience)).Type);
        // One bot, one registration: shard 0's process wrote the commands, shard 1's did not.
        await server.WaitForRequestAsync(IsCommandRegistration, Patience);
        Assert.Single(server.Requests, IsCommandRegistration);
        Assert.Equal((0, 0), (zero.Exit.Code, one.Exit.Code));
    }

    private static bool IsCommandRegistration(RecordedRequest request) =>
        request.Method == "PUT" && request.Path.Contains("/commands", StringComparison.Ordinal);

    /// <summary>The shared lease store, noting each claim that was granted (and when, on the real clock).</summary>
    private sealed class RecordingLeases(IWorkLeases leases) : IWorkLeases
    {
        private readonly Lock _lock = new();
        private readonly List<(string Work, string Holder, DateTimeOffset At)> _won = [];

        public IReadOnlyList<(string Work, string Holder, DateTimeOffset At)> Won
        {
            get
            {
                lock (_lock) return [.. _won];
            }
        }

        public bool TryClaim(string work, string holder, DateTimeOffset now, TimeSpan hold)
        {
            var won = leases.TryClaim(work, holder, now, hold);
            if (won) lock (_lock) _won.Add((work, holder, now));
            return won;
        }

        public void Release(string work, string holder) => leases.Release(work, holder);
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
