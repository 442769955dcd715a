using Microsoft.Extensions.Logging.Abstractions;
using RumourBot.Commands;
using RumourBot.Coordination;
using RumourBot.Feeds;
using RumourBot.Fetching;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Feeds;

/// <summary>
/// Two bot processes (shards 0 and 1 of 2) over one database and one lease store, on the fake clock: each checks only
/// its own guilds' feeds, an address both guilds follow is read by one process per interval, and the other takes it
/// over once the first is gone and its lease has run out.
/// </summary>
public class FeedPollerShardTests
{
    private const ulong GuildOnShardZero = 1, GuildOnShardOne = (1UL << 22) | 1;

    private static FeedPoller Process(TestBot bot, IWorkLeases leases, string name, int shard) =>
        new(bot.Feeds, bot.FeedIngester, bot.FeedOptions, bot.Time, NullLogger<FeedPoller>.Instance,
            leases, new ProcessIdentity(name), GuildOwnership.OfShards(2, [shard]));

    [Fact]
    public async Task An_address_two_guilds_on_different_shards_follow_is_read_once_per_interval_and_taken_over_when_its_reader_dies()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));
        var url = server.Url("/touchline.rss");
        foreach (var guild in new[] { GuildOnShardZero, GuildOnShardOne })
        {
            Assert.StartsWith("Now following", (await bot.RunAsync($"/feeds add url:{url}", permissions: Permissions.ManageGuild, guildId: guild)).Title);
        }
        var leases = new LiteDbWorkLeases(bot.Database);
        var shardZero = Process(bot, leases, "process-0", shard: 0);
        var shardOne = Process(bot, leases, "process-1", shard: 1);
        var readsAtStart = server.CountRequests("/touchline.rss");

        bot.Time.Advance(bot.FeedOptions.Value.PollInterval);
        var checkedByZero = await shardZero.CheckDueAsync(CancellationToken.None);
        var checkedByOne = await shardOne.CheckDueAsync(CancellationToken.None);
        var readsInFirstInterval = server.CountRequests("/touchline.rss") - readsAtStart;
        var heldElsewhere = Assert.Single(bot.Feeds.ForGuild(GuildOnShardOne));

        Assert.Equal(1, checkedByZero); // only its own guild's subscription
        Assert.Equal(1, readsInFirstInterval);
        Assert.Equal(bot.Time.GetUtcNow() + FeedPoller.HeldElsewhereWait, heldElsewhere.NextCheckAt);

        // Process 0 dies here: it checks nothing more and never releases its lease. Process 1 keeps trying each
        // minute and reads the address once the lease has run out.
        var takenOverAt = (DateTimeOffset?)null;
        var limit = bot.Time.GetUtcNow() + bot.FeedOptions.Value.PollInterval + FeedPoller.HeldElsewhereWait * 2;
        while (takenOverAt is null && bot.Time.GetUtcNow() < limit)
        {
            bot.Time.Advance(FeedPoller.HeldElsewhereWait);
            var before = server.CountRequests("/touchline.rss");
            await shardOne.CheckDueAsync(CancellationToken.None);
            if (server.CountRequests("/touchline.rss") > before) takenOverAt = bot.Time.GetUtcNow();
        }

        Assert.NotNull(takenOverAt);
        var firstRead = Start + bot.FeedOptions.Value.PollInterval;
        var leaseRanOut = firstRead + bot.FeedOptions.Value.PollInterval + FeedPoller.HeldElsewhereWait; // held an interval and a minute
        Assert.InRange(takenOverAt.Value, leaseRanOut, leaseRanOut + FeedPoller.HeldElsewhereWait);
        Assert.Equal(takenOverAt, Assert.Single(bot.Feeds.ForGuild(GuildOnShardOne)).LastSuccessAt);
        Assert.Equal(firstRead, Assert.Single(bot.Feeds.ForGuild(GuildOnShardZero)).LastSuccessAt);
    }

    [Fact]
    public async Task A_process_that_stops_gives_its_addresses_up_at_once()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));
        var url = server.Url("/touchline.rss");
        await bot.RunAsync($"/feeds add url:{url}", permissions: Permissions.ManageGuild, guildId: GuildOnShardZero);
        await bot.RunAsync($"/feeds add url:{url}", permissions: Permissions.ManageGuild, guildId: GuildOnShardOne);
        var leases = new LiteDbWorkLeases(bot.Database);
        var shardZero = Process(bot, leases, "process-0", shard: 0);
        bot.Time.Advance(bot.FeedOptions.Value.PollInterval);
        await shardZero.CheckDueAsync(CancellationToken.None);

        await shardZero.StopAsync(CancellationToken.None);

        Assert.True(leases.TryClaim(FeedPoller.FeedAddressLease(url.AbsoluteUri), "process-1", bot.Time.GetUtcNow(), TimeSpan.FromMinutes(1)));
    }

    private static readonly DateTimeOffset Start = new(2025, 10, 1, 12, 0, 0, TimeSpan.Zero);
}
