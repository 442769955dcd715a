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
    public string Title { get; set; } = "";
    public MoveStatus Status { get; set; }
    public Fee? Fee { get; set; }

    /// <summary>The report gave a figure the analysis could not tie to this move with confidence ("fee not clear").</summary>
    public bool FeeUnclear { get; set; }
    public string Summary { get; set; } = "";
    public List<string> ReportIds { get; set; } = [];
    public List<string> Outlets { get; set; } = [];
    public List<CitedSource> Sources { get; set; } = [];
    public int[] Fingerprint { get; set; } = [];

    public int? BestTier => Sources.Where(s => s.Tier is not null).Select(s => s.Tier).Min();
}
