using RumourBot.Coordination;

namespace RumourBot.OnDiscord;

/// <summary>The gateway session an event came on: shard <paramref name="Id"/> of <paramref name="Total"/>.</summary>
public sealed record ShardContext(int Id, int Total)
{
    /// <summary>Whether a guild's events come on this shard (Discord's rule, <c>(guild_id &gt;&gt; 22) % total</c>).</summary>
    public bool Holds(ulong guildId) => GuildOwnership.ShardOf(guildId, Total) == Id;
}
