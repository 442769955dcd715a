using RumourBot.Reports;
using RumourBot.Reports.Sources;

namespace RumourBot.Rumours;

/// <summary>
/// One entry of a rumour's timeline: a story as first published, plus every outlet that ran the same story again
/// (near-duplicates are merged here, so a story copied by three outlets counts once).
/// </summary>
public sealed class RumourStory
{
    public DateTimeOffset Published { get; set; }

    /// <summary>
    /// When the bot learnt of the story (its first report's import). A source is judged by this, not by a date the
    /// page claims: a backdated report must not count as a call made before the settlement.
    /// </summary>
    public DateTimeOffset LearnedAt { get; set; }
    public string Title { get; set; } = "";
    public MoveStatus Status { get; set; }
    public Fee? Fee { get; set; }

    /// <summary>The report gave a figure the analysis could not tie to this move with confidence ("fee not clear").</summary>
    public bool FeeUnclear { get; set; }

    /// <summary>The fee was stated with too little confidence to show plainly: replies add "(unsure)".</summary>
    public bool FeeUnsure { get; set; }

    /// <summary>No sentence naming the player told the status: replies add "(unsure)".</summary>
    public bool StatusUnsure { get; set; }
    public string Summary { get; set; } = "";
    /// <summary>The story's reports, at most <see cref="Rumour.MaxReportIdsPerStory"/>; later ones are only counted.</summary>
    public List<string> ReportIds { get; set; } = [];

    /// <summary>Reports of the story beyond those listed in <see cref="ReportIds"/>.</summary>
    public int UnlistedReports { get; set; }

    public int ReportCount => ReportIds.Count + UnlistedReports;

    /// <summary>When the story was learnt of; stories stored before <see cref="LearnedAt"/> was kept use their date.</summary>
    public DateTimeOffset Learned => LearnedAt == default ? Published : LearnedAt;
    public List<string> Outlets { get; set; } = [];
    public List<CitedSource> Sources { get; set; } = [];
    public int[] Fingerprint { get; set; } = [];

    public int? BestTier => Sources.Where(s => s.Tier is not null).Select(s => s.Tier).Min();
}
