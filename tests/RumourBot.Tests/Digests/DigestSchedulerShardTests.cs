using Microsoft.Extensions.Logging.Abstractions;
using RumourBot.Coordination;
using RumourBot.Digests;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Digests;

/// <summary>With shards across processes, each process posts only the digests of its own guilds.</summary>
public class DigestSchedulerShardTests
{
    // DigestBot's guild 1 is on shard 0 of 2; this one is on shard 1.
    private const ulong GuildOnShardOne = (1UL << 22) | 5;

    [Fact]
    public async Task Each_process_posts_the_digests_of_its_own_shards_guilds_once_per_slot()
    {
        using var bot = new DigestBot(new DateTimeOffset(2027, 1, 11, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal("Digest scheduled", (await bot.RunAsync("/digest schedule channel:#shard-zero cron:0 9 * * *")).Title);
        var other = bot.Book.Find(DigestBot.Guild)!;
        other.Id = GuildOnShardOne;
        other.ChannelName = "shard-one";
        bot.Book.Save(other);
        var shardZero = new DigestScheduler(bot.Book, bot.Publisher, bot.Time, NullLogger<DigestScheduler>.Instance, GuildOwnership.OfShards(2, [0]));
        var shardOne = new DigestScheduler(bot.Book, bot.Publisher, bot.Time, NullLogger<DigestScheduler>.Instance, GuildOwnership.OfShards(2, [1]));

        bot.Time.SetUtcNow(new DateTimeOffset(2027, 1, 11, 9, 0, 0, TimeSpan.Zero));
        var postedByShardOne = await shardOne.PostDueAsync(CancellationToken.None);
        var channelsAfterShardOne = bot.Poster.Posts.Select(p => p.Channel.Name).ToList();
        var postedByShardZero = await shardZero.PostDueAsync(CancellationToken.None);
        await shardOne.PostDueAsync(CancellationToken.None); // looking again posts nothing twice

        Assert.Equal(1, postedByShardOne);
        Assert.Equal(["shard-one"], channelsAfterShardOne);
        Assert.Equal(1, postedByShardZero);
        Assert.Equal(["shard-one", "shard-zero"], bot.Poster.Posts.Select(p => p.Channel.Name));
    }
}
