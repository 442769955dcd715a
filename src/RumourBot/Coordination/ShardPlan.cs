using System.Globalization;

namespace RumourBot.Coordination;

/// <summary>
/// Which shards this process runs, from <c>Discord:TotalShards</c> and <c>Discord:ShardIds</c>: "auto" (or none)
/// runs every shard, as many as Discord recommends unless TotalShards says; otherwise a list such as <c>0-3</c>,
/// <c>1</c> or <c>0,2</c> of shards among TotalShards.
/// </summary>
public sealed record ShardPlan(int? Total, IReadOnlyList<int>? Ids)
{
    public const string Auto = "auto";

    /// <summary>Every shard, Discord's recommended count: one process for the whole bot.</summary>
    public static ShardPlan Everything { get; } = new(null, null);

    /// <summary>Reads the two settings; false with one sentence saying what is wrong.</summary>
    public static bool TryRead(int? total, string? ids, out ShardPlan plan, out string problem)
    {
        plan = Everything;
        problem = "";
        if (total is < 1)
        {
            problem = $"Discord:TotalShards must be at least 1, not {total}.";
            return false;
        }
        var text = ids?.Trim();
        if (string.IsNullOrEmpty(text) || string.Equals(text, Auto, StringComparison.OrdinalIgnoreCase))
        {
            plan = new ShardPlan(total, null);
            return true;
        }
        if (total is not { } count)
        {
            problem = $"Discord:ShardIds ({text}) needs Discord:TotalShards, the number of shards across every process.";
            return false;
        }
        var list = new SortedSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!TryReadRange(part, out var first, out var last))
            {
                problem = $"Discord:ShardIds \"{text}\" is not a list of shard ids such as 0-3, 1 or 0,2 (or {Auto}).";
                return false;
            }
            if (last >= count)
            {
                problem = $"Discord:ShardIds names shard {last}, outside Discord:TotalShards {count} (shard ids are 0-{count - 1}).";
                return false;
            }
            for (var id = first; id <= last; id++) list.Add(id);
        }
        plan = new ShardPlan(count, list.ToList());
        return true;
    }

    /// <summary>The shard count and the shards to run, given Discord's recommendation.</summary>
    public (int Total, IReadOnlyList<int> Ids) Resolve(int recommended)
    {
        var total = Total ?? Math.Max(1, recommended);
        return (total, Ids ?? Enumerable.Range(0, total).ToList());
    }

    /// <summary>The guilds whose own work this process does.</summary>
    public GuildOwnership Ownership => Total is { } total && Ids is { } ids ? GuildOwnership.OfShards(total, ids) : GuildOwnership.Everything;

    public override string ToString() => Ids is null ? $"all {Total?.ToString(CultureInfo.InvariantCulture) ?? "recommended"} shards" : $"shards {string.Join(",", Ids)} of {Total}";

    private static bool TryReadRange(string part, out int first, out int last)
    {
        first = last = 0;
        var dash = part.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0) return TryReadId(part, out first) && TryReadId(part, out last);
        return TryReadId(part[..dash].Trim(), out first) && TryReadId(part[(dash + 1)..].Trim(), out last) && first <= last;
    }

    private static bool TryReadId(string text, out int id) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);
}
