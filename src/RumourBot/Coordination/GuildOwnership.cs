namespace RumourBot.Coordination;

/// <summary>
/// Which servers' own work (their feeds, digests, polls closing and recounting) this process does: those on the
/// shards it runs, a guild being on shard <c>(guild_id &gt;&gt; 22) % total</c>. The local console and a bot that
/// runs every shard own every guild.
/// </summary>
public sealed class GuildOwnership
{
    private readonly int _total;
    private readonly IReadOnlySet<int>? _shards;

    private GuildOwnership(int total, IReadOnlySet<int>? shards)
    {
        _total = total;
        _shards = shards;
    }

    /// <summary>Every guild: one process does all the work.</summary>
    public static GuildOwnership Everything { get; } = new(1, null);

    /// <summary>The guilds of <paramref name="shards"/> among <paramref name="total"/> shards.</summary>
    public static GuildOwnership OfShards(int total, IEnumerable<int> shards)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(total, 1);
        var owned = shards.ToHashSet();
        if (owned.Any(s => s < 0 || s >= total)) throw new ArgumentOutOfRangeException(nameof(shards), "A shard id is outside the total.");
        return owned.Count == total ? Everything : new GuildOwnership(total, owned);
    }

    /// <summary>The shard a guild is on among <paramref name="total"/> shards (Discord's rule).</summary>
    public static int ShardOf(ulong guildId, int total) => (int)((guildId >> 22) % (ulong)total);

    /// <summary>True for a process that does every guild's work (the local console, a bot running every shard).</summary>
    public bool OwnsEveryGuild => _shards is null;

    public bool Owns(ulong guildId) => _shards is null || _shards.Contains(ShardOf(guildId, _total));

    public override string ToString() => _shards is null ? "every guild" : $"shards {string.Join(",", _shards.Order())} of {_total}";
}
