using RumourBot.Reports;
using RumourBot.Reports.Sources;

namespace RumourBot.Rumours;

/// <summary>
/// One report's effect on one rumour, written with the report in the same transaction: where the rumour stood before
/// (nothing, for a new rumour) and after. Kept small and indexed by <see cref="At"/>, so "what changed since the last
/// digest" is a range read of this log, never a walk over every rumour.
/// </summary>
public sealed class RumourChange
{
    public int Id { get; set; }
    public string RumourId { get; set; } = "";
    public string ReportId { get; set; } = "";
    public string Player { get; set; } = "";
    public string? FromClub { get; set; }
    public string? ToClub { get; set; }

    /// <summary>When the bot learnt of it (the report's import), which is what "since the last digest" means.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>When the report was published; a report published long before it was imported is a backfill, not news.</summary>
    public DateTimeOffset Published { get; set; }

    /// <summary>The rumour's status before this report; null when the report started the rumour.</summary>
    public MoveStatus? StatusBefore { get; set; }

    public MoveStatus StatusAfter { get; set; }

    /// <summary>Imported because a feed was added, listing it already: mentioned in one line, never as news.</summary>
    public bool Backfill { get; set; }

    /// <summary>The rumour's fee after this report (the latest stated), if any.</summary>
    public Fee? Fee { get; set; }

    /// <summary>No fee stated, but a report gave a figure the analysis could not tie to the move ("fee not clear").</summary>
    public bool FeeUnclear { get; set; }

    /// <summary>The fee after this report was stated unsurely; replies add "(unsure)".</summary>
    public bool FeeUnsure { get; set; }

    /// <summary>The status after this report was not told of the player himself; replies add "(unsure)".</summary>
    public bool StatusUnsure { get; set; }

    /// <summary>The report's most reliable rated source, if any.</summary>
    public CitedSource? Source { get; set; }

    public static RumourChange Of(Rumour rumour, StoredReport report, MoveStatus? statusBefore) => new()
    {
        RumourId = rumour.Id,
        ReportId = report.Id,
        Player = rumour.Player,
        FromClub = rumour.FromClub,
        ToClub = rumour.ToClub,
        At = report.ImportedAt,
        Published = report.Published,
        StatusBefore = statusBefore,
        StatusAfter = rumour.Status,
        Backfill = report.Backfill,
        Fee = rumour.Fee,
        FeeUnclear = rumour.FeeUnclear,
        FeeUnsure = rumour.FeeUnsure,
        StatusUnsure = rumour.StatusUnsure,
        Source = report.Sources.Where(s => s.Tier is not null).OrderBy(s => s.Tier).ThenBy(s => s.Kind).FirstOrDefault(),
    };
}
