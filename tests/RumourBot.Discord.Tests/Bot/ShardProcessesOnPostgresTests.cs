using System.Globalization;
using FakeDiscord;
using FakeDiscord.Gateway;
using FakeDiscord.Messages;
using FakeDiscord.Model;
using Npgsql;
using RumourBot.Digests;
using RumourBot.Discord.Tests.Support;
using RumourBot.Polls;
using RumourBot.Tests.Support;
using Xunit.Abstractions;

namespace RumourBot.Discord.Tests.Bot;

/// <summary>
/// Two bot processes, shards 0 and 1 of 2, on one PostgreSQL and one FakeDiscord with guilds on both shards: polls,
/// votes, a shared feed and a digest every minute in each guild, and one process killed in the middle of a burst of
/// votes and started again. Every vote counts once, each guild's digest is posted once a slot, the feed is checked
/// once an interval however many servers follow it, and every request conforms.
/// </summary>
public sealed class ShardProcessesOnPostgresTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string FeedPath = "/touchline.rss";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly string _record = Path.Combine(Path.GetTempPath(), $"rumourbot-shards-{Guid.NewGuid():N}.jsonl");
    private readonly List<string> _folders = [];
    private FakeDiscordServer _discord = null!;
    private FeedServer _feeds = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscordServer.StartAsync(new FakeDiscordOptions
        {
            Guilds = FakeGuild.CreateMany(4),
            RecommendedShards = 2,
            RecordFilePath = _record,
            HeartbeatInterval = TimeSpan.FromSeconds(10), // Discord's 41 s would leave the whole test without one
        });
        _feeds = await FeedFixtures.StartServerAsync();
    }

    public async Task DisposeAsync()
    {
        await _discord.DisposeAsync();
        await _feeds.DisposeAsync();
        foreach (var folder in _folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // a temp folder; the OS cleans it
            }
        }
    }

    [SkippableFact]
    public async Task Two_processes_share_the_work_once_and_a_killed_one_loses_no_vote()
    {
        var connectionString = database.ConnectionString; // skips without PostgreSQL
        var guilds = new[] { OnShard(0), OnShard(1) };
        var feedUrl = _feeds.Url(FeedPath).AbsoluteUri;
        await using var first = Start(0, connectionString);
        await using var second = Start(1, connectionString);
        var processes = new[] { first, second };
        await Within(() => _discord.WaitForGatewayEventAsync(GatewayLifecycle.Ready, 2, Patience), processes);
        await Within(() => _discord.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), Patience), processes);

        var polls = new List<(FakeGuild Guild, ulong Message)>();
        foreach (var guild in guilds)
        {
            var channel = guild.Channels[0].Id;
            await AnswerAsync(guild, Command("digest", "schedule", new { name = "channel", type = 7, value = Id(channel) }, new { name = "cron", type = 3, value = "* * * * *" }));
            await AnswerAsync(guild, Command("feeds", "add", new { name = "url", type = 3, value = feedUrl }));
            await AnswerAsync(guild, Command("poll", "create", new { name = "question", type = 3, value = $"Will Trent stay? ({guild.Name})" }));
            polls.Add((guild, await PollMessageAsync(channel)));
        }
        // When each later check of the shared feed arrives, whichever process makes it.
        var checks = new List<DateTimeOffset>();
        using var stopWatching = new CancellationTokenSource();
        var watching = WatchFeedChecksAsync(checks, stopWatching.Token);
        var watchedFor = System.Diagnostics.Stopwatch.StartNew();

        const int voters = 300;
        for (var i = 0; i < voters; i++)
        {
            if (i == voters / 2) await first.KillAsync(); // mid-burst: shard 0's votes now reach no process
            var voter = 800_000_000_000_000_000UL + (ulong)i;
            foreach (var (guild, message) in polls)
            {
                var channel = guild.Channels[0].Id;
                await _discord.AddReactionAsync(channel, message, i % 3 == 0 ? "❌" : "✅", voter);
                if (i % 7 == 0) await _discord.AddReactionAsync(channel, message, "❌", voter); // changes their mind
                if (i % 11 == 0) await _discord.RemoveReactionAsync(channel, message, "✅", voter); // takes it back
            }
        }
        first.Restart();
        await Within(() => _discord.WaitForGatewayEventAsync(GatewayLifecycle.Ready, 3, Patience), processes);

        // Every reaction Discord shows is one stored vote, in both guilds, after the restarted shard's recount.
        await using var source = NpgsqlDataSource.Create(connectionString);
        var store = new PostgresPollStore(source);
        foreach (var (guild, message) in polls)
        {
            var poll = store.FindByMessage(message) ?? throw new InvalidOperationException($"no poll stored for message {message}");
            // The recount also takes off a voter's second reaction in a single-choice poll: both sides settle.
            var votesDeadline = DateTime.UtcNow + Patience;
            var (shown, stored) = (Shown(guild.Channels[0].Id, message), Stored(store, poll.Id));
            while (!stored.SequenceEqual(shown) && DateTime.UtcNow < votesDeadline)
            {
                await Task.Delay(100);
                (shown, stored) = (Shown(guild.Channels[0].Id, message), Stored(store, poll.Id));
            }
            Assert.True(stored.SequenceEqual(shown),
                $"{guild.Name}: {shown.Count} votes shown, {stored.Count} stored; missing {string.Join(", ", shown.Except(stored).Take(5))}; " +
                $"extra {string.Join(", ", stored.Except(shown).Take(5))}\n{Logs(processes)}");
        }

        // A digest slot both processes lived through whole; once the slot after it is posted in both guilds, a second
        // post for it (from the other process) would have come long before.
        var slot = NextMinute(DateTimeOffset.UtcNow);
        var deadline = slot.AddMinutes(2).AddSeconds(30);
        while (!polls.All(p => Digests(p.Guild.Channels[0].Id).Any(m => Minute(m) == slot.AddMinutes(1))) && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
        foreach (var (guild, _) in polls)
        {
            var perSlot = Digests(guild.Channels[0].Id).GroupBy(m => Minute(m)).ToDictionary(g => g.Key, g => g.Count());
            output.WriteLine($"{guild.Name}: digests per minute {Describe(perSlot)}");
            Assert.True(perSlot.GetValueOrDefault(slot) == 1, $"{guild.Name}: digests per slot {Describe(perSlot)}; expected one at {slot:HH:mm}\n{Logs(processes)}");
            Assert.All(perSlot, s => Assert.True(s.Value == 1, $"{guild.Name}: {s.Value} digests at {s.Key:HH:mm}"));
        }
        // Two checks at least, so that the gap between them says something (two processes would make them seconds apart).
        // The killed process held the feed's lease for an interval and a wait (two minutes), and the other process
        // looks again a wait later, so the second check may come four minutes after the feed was added.
        var addedAt = DateTimeOffset.UtcNow - watchedFor.Elapsed;
        while (checks.Count < 2 && DateTimeOffset.UtcNow < addedAt + TimeSpan.FromMinutes(5)) await Task.Delay(200);
        await stopWatching.CancelAsync();
        await watching;
        output.WriteLine($"shared feed checked at {string.Join(", ", checks.Select(c => c.ToString("HH:mm:ss.f", CultureInfo.InvariantCulture)))}");
        // Read once an interval (a minute) by one process: two servers' own checks would come seconds apart.
        var gaps = checks.Zip(checks.Skip(1), (earlier, later) => later - earlier).ToList();
        Assert.True(checks.Count >= 2 && gaps.All(gap => gap > TimeSpan.FromSeconds(45)),
            $"the shared feed was checked at {string.Join(", ", checks.Select(c => c.ToString("HH:mm:ss", CultureInfo.InvariantCulture)))}\n{Logs(processes)}");

        await first.DisposeAsync();
        await second.DisposeAsync();
        await ConformanceCheck.AssertNoViolationsAsync(_record);
    }

    private async Task WatchFeedChecksAsync(List<DateTimeOffset> checks, CancellationToken stop)
    {
        var seen = _feeds.CountRequests(FeedPath);
        while (!stop.IsCancellationRequested)
        {
            for (var now = _feeds.CountRequests(FeedPath); seen < now; seen++) checks.Add(DateTimeOffset.UtcNow);
            await Task.Delay(50, CancellationToken.None);
        }
    }

    private FakeGuild OnShard(int shard) => _discord.Options.Guilds.First(g => (int)((g.Id >> 22) % 2) == shard);

    private ShardProcess Start(int shard, string connectionString)
    {
        var data = Path.Combine(Path.GetTempPath(), "rumourbot-shard-tests", Guid.NewGuid().ToString("N"));
        _folders.Add(data);
        return ShardProcess.Start($"shard {shard}", new Dictionary<string, string>
        {
            ["Discord__Token"] = _discord.Options.Token,
            ["Discord__ApiBaseUrl"] = _discord.BaseUrl,
            ["Discord__TotalShards"] = "2",
            ["Discord__ShardIds"] = shard.ToString(CultureInfo.InvariantCulture),
            ["Discord__PollEditInterval"] = "00:00:00.300",
            ["Storage__Provider"] = "Postgres",
            ["ConnectionStrings__RumourBot"] = connectionString,
            ["Storage__DataFolder"] = data,
            ["Storage__SeedsFolder"] = RepositoryPaths.Seeds,
            ["Feeds__PollInterval"] = "00:01:00",
            ["Digests__MinimumInterval"] = "00:01:00",
            ["Logging__LogLevel__Npgsql"] = "Warning",
            ["RUMOURBOT_TEST_FEEDS"] = _feeds.EndPoint.ToString(),
        });
    }

    private async Task AnswerAsync(FakeGuild guild, object command)
    {
        var interaction = await _discord.SendInteractionAsync(command, SampleIds.Alice, guild.Id, guild.Channels[0].Id);
        await interaction.WaitForResponseAsync(Patience);
    }

    private async Task<ulong> PollMessageAsync(ulong channel) =>
        (await Eventually.TrueAsync(() => _discord.GetMessages(channel).LastOrDefault(m => m.Reactions.Count == 2), m => m is not null,
            "the poll message with its two reactions"))!.Id;

    private List<string> Shown(ulong channel, ulong message) =>
        [.. _discord.GetMessage(channel, message)!.Reactions
            .SelectMany(r => r.UserIds.Where(id => id != _discord.Options.BotUser.Id).Select(id => $"{id}:{r.Emoji}"))
            .Order(StringComparer.Ordinal)];

    private static List<string> Stored(PostgresPollStore store, int pollId) =>
        [.. store.Votes(pollId).Select(v => $"{v.VoterId}:{v.Emoji}").Order(StringComparer.Ordinal)];

    // The digests the bot posted to a channel (by REST; a message Discord deduplicated by nonce is one message).
    private IEnumerable<StoredMessage> Digests(ulong channel) =>
        _discord.GetMessages(channel).Where(m => m.AuthorId == _discord.Options.BotUser.Id
            && m.Embeds.GetArrayLength() > 0 && m.Embeds[0].TryGetProperty("title", out var title) && title.GetString() == DigestPages.Title);

    private static DateTimeOffset Minute(StoredMessage message)
    {
        var at = message.Json.GetProperty("timestamp").GetDateTimeOffset();
        return new(at.UtcTicks / TimeSpan.TicksPerMinute * TimeSpan.TicksPerMinute, TimeSpan.Zero);
    }

    private static DateTimeOffset NextMinute(DateTimeOffset now) => new((now.Ticks / TimeSpan.TicksPerMinute + 1) * TimeSpan.TicksPerMinute, TimeSpan.Zero);

    private static string Describe(Dictionary<DateTimeOffset, int> perSlot) =>
        string.Join(", ", perSlot.OrderBy(s => s.Key).Select(s => $"{s.Key:HH:mm}×{s.Value}"));

    private static string Logs(IEnumerable<ShardProcess> processes) => string.Join('\n', processes.Select(p => p.Output));

    // A wait that fails with what the processes printed, so a start-up error reads as one.
    private static async Task Within(Func<Task> wait, IEnumerable<ShardProcess> processes)
    {
        try
        {
            await wait();
        }
        catch (TimeoutException error)
        {
            throw new TimeoutException($"{error.Message}\n{Logs(processes)}", error);
        }
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static object Command(string name, string sub, params object[] options) =>
        new { name, type = 1, options = new[] { new { name = sub, type = 1, options } } };
}
