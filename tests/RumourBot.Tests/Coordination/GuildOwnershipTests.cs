using RumourBot.Coordination;

namespace RumourBot.Tests.Coordination;

public class GuildOwnershipTests
{
    // Real-looking snowflakes: the shard comes from the timestamp bits, above bit 22.
    private static readonly ulong[] Guilds = [81384788765712384, 222078108977594368, 613425648685547541, 1234567890123456789, 41771983423143937];

    [Fact]
    public void Every_guild_is_owned_by_exactly_one_of_the_processes_that_share_the_shards()
    {
        var processes = new[] { GuildOwnership.OfShards(4, [0, 2]), GuildOwnership.OfShards(4, [1]), GuildOwnership.OfShards(4, [3]) };

        foreach (var guild in Guilds)
        {
            Assert.Equal(1, processes.Count(p => p.Owns(guild)));
            Assert.Equal((int)((guild >> 22) % 4), GuildOwnership.ShardOf(guild, 4));
        }
    }

    [Fact]
    public void A_process_that_runs_every_shard_owns_every_guild()
    {
        var all = GuildOwnership.OfShards(3, [2, 0, 1]);

        Assert.True(all.OwnsEveryGuild);
        Assert.All(Guilds, guild => Assert.True(all.Owns(guild)));
        Assert.All(Guilds, guild => Assert.True(GuildOwnership.Everything.Owns(guild)));
    }

    [Fact]
    public void A_shard_outside_the_total_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GuildOwnership.OfShards(2, [2]));
    }
}
