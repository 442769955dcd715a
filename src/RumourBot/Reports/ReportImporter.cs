using System.Security.Cryptography;
using System.Text;
using RumourBot.Ingestion;
using RumourBot.Rumours;
using RumourBot.Storage;

namespace RumourBot.Reports;

/// <summary>
/// Analyses a report and stores it with the rumours it feeds, in one transaction: a crash leaves either the
/// report and all its rumour updates, or none of them. The same article twice (the same text, or the same link)
/// is stored once. Every string is cut to its limit on the way in (see <see cref="InboundText"/>), and a publication
/// date in the future is taken as the import time.
/// </summary>
public sealed class ReportImporter(RumourDatabase database, ReportAnalyzer analyzer, TimeProvider time)
{
    // Feeds, submissions and seeds import from several threads. Cleaning and analysis run side by side; only the store
    // step is one at a time, so "is it stored?" and the read-modify-write of a rumour's timeline never race, and a slow
    // report holds up nobody else's analysis.
    private readonly Lock _storeGate = new();

    /// <param name="requireMove">Keep the report only when it names at least one move (for text members paste).</param>
    /// <param name="feed">The feed it came from, if any.</param>
    public ImportResult Import(Report report, string origin, bool requireMove = false, FeedOrigin? feed = null) =>
        ImportOne(Capped(report), origin, requireMove, feed);

    /// <summary>The report with every field within its limit: title, outlet, link and text.</summary>
    public static Report Capped(Report report) => report with
    {
        Title = InboundText.Title(report.Title),
        Outlet = InboundText.Outlet(report.Outlet),
        Url = InboundText.Link(report.Url),
        Text = ArticleExtractor.Cut(report.Text),
    };

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
            Title = InboundText.Title(analysis.Title),
            Outlet = report.Outlet,
            Url = report.Url,
            UrlKey = report.Url is { Length: > 0 } link ? StoredReport.UrlKeyFor(link) : null,
            // A date in the future would keep the report on top of every server's rumours for good.
            Published = report.Published is { } published && published < now ? published : now,
            ImportedAt = now,
            Origin = origin,
            FeedUrl = feed?.FeedUrl,
            FeedTitle = feed?.FeedTitle,
            Backfill = feed?.Backfill ?? false,
            Text = report.Text,
            Summary = InboundText.Summary(analysis.Summary),
            Sources = [.. analysis.Sources],
            Moves = [.. analysis.Moves],
            Fingerprint = TextFingerprint.Compute(ArticleCleaner.Clean(report.Text)),
        };

        if (requireMove && analysis.Moves.Count == 0) return new ImportResult(ImportOutcome.NoMoveFound, stored, []);

        lock (_storeGate) return Store(stored, analysis);
    }

    // Holding _storeGate: checked again, since the same article may have been stored while this one was analysed.
    private ImportResult Store(StoredReport stored, ReportAnalysis analysis)
    {
        if (database.Reports.FindById(stored.Id) is { } sameText) return new ImportResult(ImportOutcome.AlreadyStored, sameText, []);
        if (stored.Url is { Length: > 0 } url && FindByLink(url) is { } sameLink) return new ImportResult(ImportOutcome.AlreadyStored, sameLink, []);
        var players = new List<(string Player, DateTimeOffset LastSeen)>();
        var rumourIds = database.InTransaction(() =>
        {
            players.Clear(); // a retried transaction starts again
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
                    players.Add((rumour.Player, rumour.LastSeen));
                }
            }
            return touched;
        });
        database.NoteReportStored();
        foreach (var (player, lastSeen) in players) database.PlayerNames.Note(player, lastSeen);
        return new ImportResult(ImportOutcome.Stored, stored, rumourIds);
    }

    /// <summary>The same text (ignoring case and spacing) always gets the same id.</summary>
    public static string ContentId(string text)
    {
        var normalised = string.Join(' ', ArticleCleaner.Clean(text).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)).AsSpan(0, 16));
    }
}
