using Microsoft.Extensions.Logging.Abstractions;
using RumourBot.Coordination;
using RumourBot.Polls;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Polls;

/// <summary>With shards across processes, each process closes only the polls of its own guilds.</summary>
public class PollCloserShardTests
{
    // (id >> 22) % 2: the first guild is on shard 0, the second on shard 1.
    private const ulong GuildOnShardZero = 2UL << 22, GuildOnShardOne = 3UL << 22;

    [Fact]
    public void A_process_running_shard_one_closes_its_guilds_polls_and_leaves_shard_zeros_open()
    {
        using var bot = new TestBot();
        var theirs = TestPolls.Open(bot.Polls, bot.Time, guild: GuildOnShardZero);
        var ours = TestPolls.Open(bot.Polls, bot.Time, guild: GuildOnShardOne);
        var shardOne = new PollCloser(bot.Polls, bot.Time, NullLogger<PollCloser>.Instance, GuildOwnership.OfShards(2, [1]));
        bot.Time.Advance(TimeSpan.FromDays(2));

        var closed = shardOne.CloseDue();

        Assert.Equal(1, closed);
        Assert.Equal(PollState.Closed, bot.Polls.Find(GuildOnShardOne, ours.Id)!.State);
        Assert.Equal(PollState.Open, bot.Polls.Find(GuildOnShardZero, theirs.Id)!.State);

        // The process of shard 0 closes its own when it runs.
        var shardZero = new PollCloser(bot.Polls, bot.Time, NullLogger<PollCloser>.Instance, GuildOwnership.OfShards(2, [0]));
        Assert.Equal(1, shardZero.CloseDue());
        Assert.Equal(PollState.Closed, bot.Polls.Find(GuildOnShardZero, theirs.Id)!.State);
    }
}
