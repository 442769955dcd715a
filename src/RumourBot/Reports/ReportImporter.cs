using System.Security.Cryptography;
using System.Text;
using RumourBot.Rumours;
using RumourBot.Storage;

namespace RumourBot.Reports;

/// <summary>
/// Analyses a report and stores it with the rumours it feeds, in one transaction: a crash leaves either the
/// report and all its rumour updates, or none of them. The same article twice (the same text, or the same link)
/// is stored once.
/// </summary>
public sealed class ReportImporter(RumourDatabase database, ReportAnalyzer analyzer, TimeProvider time)
{
    // Feeds, submissions and seeds import from several threads; one at a time keeps "is it stored?" and the
    // read-modify-write of a rumour's timeline from racing. Analysis is ~0.5 ms, so nobody waits long.
    private readonly Lock _gate = new();

    /// <param name="requireMove">Keep the report only when it names at least one move (for text members paste).</param>
    /// <param name="feed">The feed it came from, if any.</param>
    public ImportResult Import(Report report, string origin, bool requireMove = false, FeedOrigin? feed = null)
    {
        lock (_gate) return ImportOne(report, origin, requireMove, feed);
    }

    /// <summary>The stored report with this link (as <see cref="Report.Url"/> gave it), if any.</summary>
    public StoredReport? FindByLink(string url)
    {
        var key = StoredReport.UrlKeyFor(url);
        return database.Reports.FindOne(r => r.UrlKey == key);
    }

    private ImportResult ImportOne(Report report, string origin, bool requireMove, FeedOrigin? feed)
    {
        var id = ContentId(report.Text);
        if (database.Reports.FindById(id) is { } existing) return new ImportResult(ImportOutcome.AlreadyStored, existing, []);
        if (report.Url is { Length: > 0 } url && FindByLink(url) is { } sameLink) return new ImportResult(ImportOutcome.AlreadyStored, sameLink, []);

        var analysis = analyzer.Analyze(report);
        var now = time.GetUtcNow();
        var stored = new StoredReport
        {
            Id = id,
            Title = analysis.Title,
            Outlet = report.Outlet,
            Url = report.Url,
            UrlKey = report.Url is { Length: > 0 } link ? StoredReport.UrlKeyFor(link) : null,
            Published = report.Published ?? now,
            ImportedAt = now,
            Origin = origin,
            FeedUrl = feed?.FeedUrl,
            FeedTitle = feed?.FeedTitle,
            Backfill = feed?.Backfill ?? false,
            Text = report.Text,
            Summary = analysis.Summary,
            Sources = [.. analysis.Sources],
            Moves = [.. analysis.Moves],
            Fingerprint = TextFingerprint.Compute(ArticleCleaner.Clean(report.Text)),
        };

        if (requireMove && analysis.Moves.Count == 0) return new ImportResult(ImportOutcome.NoMoveFound, stored, []);

        var rumourIds = database.InTransaction(() =>
        {
            database.Reports.Insert(stored);
            var touched = new List<string>();
            foreach (var move in analysis.Moves)
            {
                foreach (var (key, toClub) in RumourKey.For(move))
                {
                    var existing = database.Rumours.FindById(key);
                    var rumour = existing ?? new Rumour
                    {
                        Id = key,
                        Player = move.Player,
                        PlayerKey = RumourKey.Normalise(move.Player),
                        FromClub = move.FromClub,
                        ToClub = toClub,
                    };
                    var statusBefore = existing?.Status;
                    rumour.AddReport(stored, move);
                    database.Rumours.Upsert(rumour);
                    database.RumourChanges.Insert(RumourChange.Of(rumour, stored, statusBefore));
                    touched.Add(key);
                }
            }
            return touched;
        });
        database.NoteReportStored();
        return new ImportResult(ImportOutcome.Stored, stored, rumourIds);
    }

    /// <summary>The same text (ignoring case and spacing) always gets the same id.</summary>
    public static string ContentId(string text)
    {
        var normalised = string.Join(' ', ArticleCleaner.Clean(text).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)).AsSpan(0, 16));
    }
}
