using RumourBot.Coordination;

namespace RumourBot.Tests.Coordination;

public class ShardPlanTests
{
    [Theory]
    [InlineData(4, "0-3", new[] { 0, 1, 2, 3 })]
    [InlineData(2, "1", new[] { 1 })]
    [InlineData(4, "0,2", new[] { 0, 2 })]
    [InlineData(8, " 6 , 0-1 ,1", new[] { 0, 1, 6 })]
    [InlineData(3, "2-2", new[] { 2 })]
    public void A_list_of_shards_names_the_shards_this_process_runs(int total, string ids, int[] expected)
    {
        Assert.True(ShardPlan.TryRead(total, ids, out var plan, out _));

        var (resolvedTotal, shards) = plan.Resolve(recommended: 16);

        Assert.Equal(total, resolvedTotal); // the setting, not Discord's advice
        Assert.Equal(expected, shards);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("auto")]
    [InlineData("AUTO")]
    public void Auto_runs_every_shard_Discord_recommends_and_owns_every_guild(string? ids)
    {
        Assert.True(ShardPlan.TryRead(null, ids, out var plan, out _));

        var (total, shards) = plan.Resolve(recommended: 3);

        Assert.Equal(3, total);
        Assert.Equal([0, 1, 2], shards);
        Assert.True(plan.Ownership.OwnsEveryGuild);
    }

    [Fact]
    public void Auto_with_a_total_runs_that_many_shards()
    {
        Assert.True(ShardPlan.TryRead(2, "auto", out var plan, out _));

        var (total, shards) = plan.Resolve(recommended: 5);

        Assert.Equal(2, total);
        Assert.Equal([0, 1], shards);
    }

    [Theory]
    [InlineData(2, "2", "shard 2, outside Discord:TotalShards 2")]
    [InlineData(4, "1-7", "shard 7, outside Discord:TotalShards 4")]
    [InlineData(4, "one", "is not a list of shard ids")]
    [InlineData(4, "3-1", "is not a list of shard ids")]
    [InlineData(4, "0,,1", "is not a list of shard ids")]
    [InlineData(4, "-1", "is not a list of shard ids")]
    [InlineData(null, "0-1", "needs Discord:TotalShards")]
    [InlineData(0, "auto", "must be at least 1")]
    public void Settings_that_make_no_sense_are_refused_with_one_sentence(int? total, string ids, string problem)
    {
        Assert.False(ShardPlan.TryRead(total, ids, out _, out var message));

        Assert.Contains(problem, message);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public void Some_shards_own_only_their_guilds()
    {
        Assert.True(ShardPlan.TryRead(2, "1", out var plan, out _));
        var ownership = plan.Ownership;

        Assert.False(ownership.OwnsEveryGuild);
        Assert.True(ownership.Owns(1UL << 22)); // (id >> 22) % 2 == 1
        Assert.False(ownership.Owns(2UL << 22));
        Assert.False(ownership.Owns(0));
    }
}
