using RumourBot.Reports;
using RumourBot.Reports.Sources;
using RumourBot.Rumours;

namespace RumourBot.Digests;

/// <summary>What happened to one rumour within a digest's window, gathered from its <see cref="RumourChange"/>s.</summary>
public sealed record RumourNews(
    string RumourId,
    string Player,
    string Route,
    MoveStatus? StatusBefore,
    MoveStatus StatusNow,
    int Reports,
    CitedSource? BestSource,
    Fee? Fee,
    DateTimeOffset LatestPublished)
{
    /// <summary>The club he would leave, as the latest change names it (for a server's followed clubs).</summary>
    public string? FromClub { get; init; }

    /// <summary>The club he would join, as the latest change names it.</summary>
    public string? ToClub { get; init; }

    /// <summary>No fee stated after the latest change, but a figure was reported that the analysis was unsure of.</summary>
    public bool FeeUnclear { get; init; }

    /// <summary>The fee after the latest change was stated unsurely.</summary>
    public bool FeeUnsure { get; init; }

    /// <summary>The status after the latest change was not told of the player himself.</summary>
    public bool StatusUnsure { get; init; }

    /// <summary>The rumour started within the window.</summary>
    public bool IsNew => StatusBefore is null;

    public bool StatusChanged => StatusBefore is { } before && before != StatusNow;

    /// <summary>Aggregates one rumour's changes, oldest first.</summary>
    public static RumourNews Of(IReadOnlyList<RumourChange> changes)
    {
        var first = changes[0];
        var last = changes[^1];
        return new RumourNews(
            last.RumourId,
            last.Player,
            Rumour.RouteOf(last.FromClub, last.ToClub, last.StatusAfter),
            first.StatusBefore,
            last.StatusAfter,
            changes.Select(c => c.ReportId).Distinct(StringComparer.Ordinal).Count(),
            changes.Select(c => c.Source).Where(s => s?.Tier is not null).OrderBy(s => s!.Tier).ThenBy(s => s!.Kind).FirstOrDefault(),
            last.Fee,
            changes.Max(c => c.Published))
        {
            FromClub = last.FromClub,
            ToClub = last.ToClub,
            FeeUnclear = last.FeeUnclear,
            FeeUnsure = last.FeeUnsure,
            StatusUnsure = last.StatusUnsure,
        };
    }
}
