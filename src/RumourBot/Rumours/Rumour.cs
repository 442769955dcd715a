using RumourBot.Reports;
using RumourBot.Reports.Sources;

namespace RumourBot.Rumours;

/// <summary>
/// Everything reported about one move (player → club, or a player staying put): a timeline of stories, the
/// latest status and fee, and the most reliable source so far.
/// </summary>
public sealed class Rumour
{
    // Limits that keep one rumour (shared by every server) far below LiteDB's document limit whatever its reports
    // hold: the newest stories are kept whole, older ones are folded into a count (see EarlierStories).
    public const int MaxStories = 50;
    public const int MaxOutletsPerStory = 20;
    public const int MaxSourcesPerStory = 20;
    public const int MaxReportIdsPerStory = 200;

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

    /// <summary>Stories older than the newest <see cref="MaxStories"/>, folded: how many, and their reports.</summary>
    public int EarlierStories { get; set; }
    public int EarlierReports { get; set; }

    /// <summary>What the folded stories' sources said, and the latest time one of them was learnt of.</summary>
    public List<CitedSource> EarlierSources { get; set; } = [];
    public DateTimeOffset EarlierLearnedUntil { get; set; }

    public RumourStory Latest => Stories.MaxBy(s => s.Published)!;
    public MoveStatus Status => Latest.Status;
    public Fee? Fee => Stories.OrderByDescending(s => s.Published).Select(s => s.Fee).FirstOrDefault(f => f is not null);

    /// <summary>No fee stated, but a report gave a figure the analysis was unsure of: replies say "fee not clear".</summary>
    public bool FeeUnclear => Fee is null && Stories.Any(s => s.FeeUnclear);

    /// <summary>The fee shown was stated unsurely by the story that gave it.</summary>
    public bool FeeUnsure => Stories.OrderByDescending(s => s.Published).FirstOrDefault(s => s.Fee is not null)?.FeeUnsure ?? false;

    /// <summary>The latest story's status was not told of the player himself.</summary>
    public bool StatusUnsure => Latest.StatusUnsure;
    public int ReportCount => Stories.Sum(s => s.ReportCount) + EarlierReports;

    public CitedSource? BestSource => Stories.SelectMany(s => s.Sources).Concat(EarlierSources)
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
            if (twin.ReportIds.Count < MaxReportIdsPerStory) twin.ReportIds.Add(report.Id);
            else twin.UnlistedReports++;
            if (report.Outlet is { } outlet && twin.Outlets.Count < MaxOutletsPerStory && !twin.Outlets.Contains(outlet)) twin.Outlets.Add(outlet);
            foreach (var source in report.Sources.Where(s => !twin.Sources.Contains(s)))
            {
                if (twin.Sources.Count < MaxSourcesPerStory) twin.Sources.Add(source);
            }
            var doubts = move.Confidence;
            if (twin.Fee is null && move.Fee is not null) (twin.Fee, twin.FeeUnsure) = (move.Fee, doubts.DoubtsFee(move.Fee));
            else if (move.Fee == twin.Fee && !doubts.DoubtsFee(move.Fee)) twin.FeeUnsure = false; // a copy that is sure of it settles it
            twin.FeeUnclear |= move.FeeUnclear;
            if (move.Status > twin.Status) (twin.Status, twin.StatusUnsure) = (move.Status, doubts.DoubtsStatus(move.Status));
            else if (move.Status == twin.Status && !doubts.DoubtsStatus(move.Status)) twin.StatusUnsure = false;
        }
        else
        {
            Stories.Add(new RumourStory
            {
                Published = report.Published,
                LearnedAt = report.ImportedAt,
                Title = report.Title,
                Status = move.Status,
                Fee = move.Fee,
                FeeUnclear = move.FeeUnclear,
                FeeUnsure = move.Confidence.DoubtsFee(move.Fee),
                StatusUnsure = move.Confidence.DoubtsStatus(move.Status),
                Summary = report.Summary,
                ReportIds = [report.Id],
                Outlets = report.Outlet is null ? [] : [report.Outlet],
                Sources = [.. report.Sources.Take(MaxSourcesPerStory)],
                Fingerprint = report.Fingerprint,
            });
            Stories.Sort((a, b) => a.Published.CompareTo(b.Published));
            FoldEarlierStories();
        }
        var first = Stories.Min(s => s.Published);
        FirstSeen = EarlierStories > 0 && FirstSeen < first ? FirstSeen : first;
        LastSeen = Stories.Max(s => s.Published);
    }

    // The oldest stories beyond the limit become counts; their rated sources are kept (a few) for the leaderboards.
    private void FoldEarlierStories()
    {
        while (Stories.Count > MaxStories)
        {
            var oldest = Stories[0];
            Stories.RemoveAt(0);
            EarlierStories++;
            EarlierReports += oldest.ReportCount;
            if (oldest.Learned > EarlierLearnedUntil) EarlierLearnedUntil = oldest.Learned;
            foreach (var source in oldest.Sources.Where(s => !EarlierSources.Contains(s)))
            {
                if (EarlierSources.Count < MaxSourcesPerStory) EarlierSources.Add(source);
            }
        }
    }
}
