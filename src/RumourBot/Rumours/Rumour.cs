using RumourBot.Reports;
using RumourBot.Reports.Sources;

namespace RumourBot.Rumours;

/// <summary>
/// Everything reported about one move (player → club, or a player staying put): a timeline of stories, the
/// latest status and fee, and the most reliable source so far.
/// </summary>
public sealed class Rumour
{
    /// <summary>The rumour's key, e.g. "trent alexander-arnold→real madrid"; see <see cref="RumourKey"/>.</summary>
    public string Id { get; set; } = "";
    public string Player { get; set; } = "";
    public string PlayerKey { get; set; } = "";
    public string? FromClub { get; set; }

    /// <summary>The club he would join; null when the story is about him staying (a renewal) or his exit only.</summary>
    public string? ToClub { get; set; }

    public DateTimeOffset FirstSeen { get; set; }
    public DateTimeOffset LastSeen { get; set; }
    public List<RumourStory> Stories { get; set; } = [];

    public RumourStory Latest => Stories.MaxBy(s => s.Published)!;
    public MoveStatus Status => Latest.Status;
    public Fee? Fee => Stories.OrderByDescending(s => s.Published).Select(s => s.Fee).FirstOrDefault(f => f is not null);

    /// <summary>No fee stated, but a report gave a figure the analysis was unsure of: replies say "fee not clear".</summary>
    public bool FeeUnclear => Fee is null && Stories.Any(s => s.FeeUnclear);
    public int ReportCount => Stories.Sum(s => s.ReportIds.Count);

    public CitedSource? BestSource => Stories.SelectMany(s => s.Sources)
        .Where(s => s.Tier is not null)
        .OrderBy(s => s.Tier)
        .ThenBy(s => s.Kind) // a named outlet before one of its journalists at the same tier
        .FirstOrDefault();

    /// <summary>"Liverpool → Real Madrid", "stays at Inter Milan".</summary>
    public string Route => RouteOf(FromClub, ToClub, Status);

    public static string RouteOf(string? fromClub, string? toClub, MoveStatus status) => (fromClub, toClub, status) switch
    {
        (_, null, MoveStatus.ContractRenewal) => $"stays at {fromClub ?? "his club"}",
        (null, { } to, _) => $"→ {to}",
        ({ } from, null, _) => $"{from} → ?",
        ({ } from, { } to, _) => $"{from} → {to}",
        _ => "",
    };

    /// <summary>Adds a report's account of the move: merged into a story it near-duplicates, else a new story.</summary>
    public void AddReport(StoredReport report, Move move)
    {
        FromClub ??= move.FromClub;
        var twin = Stories.FirstOrDefault(s => TextFingerprint.AreNearDuplicates(s.Fingerprint, report.Fingerprint));
        if (twin is not null)
        {
            twin.ReportIds.Add(report.Id);
            if (report.Outlet is { } outlet && !twin.Outlets.Contains(outlet)) twin.Outlets.Add(outlet);
            foreach (var source in report.Sources.Where(s => !twin.Sources.Contains(s))) twin.Sources.Add(source);
            twin.Fee ??= move.Fee;
            twin.FeeUnclear |= move.FeeUnclear;
            if (move.Status > twin.Status) twin.Status = move.Status;
        }
        else
        {
            Stories.Add(new RumourStory
            {
                Published = report.Published,
                Title = report.Title,
                Status = move.Status,
                Fee = move.Fee,
                FeeUnclear = move.FeeUnclear,
                Summary = report.Summary,
                ReportIds = [report.Id],
                Outlets = report.Outlet is null ? [] : [report.Outlet],
                Sources = [.. report.Sources],
                Fingerprint = report.Fingerprint,
            });
            Stories.Sort((a, b) => a.Published.CompareTo(b.Published));
        }
        FirstSeen = Stories.Min(s => s.Published);
        LastSeen = Stories.Max(s => s.Published);
    }
}
