using System.Security.Cryptography;
using System.Text;
using RumourBot.Ingestion;
using RumourBot.Rumours;

namespace RumourBot.Reports;

/// <summary>
/// Analyses a report and stores it with the rumours it feeds, in one transaction: a crash leaves either the
/// report and all its rumour updates, or none of them. The same article twice (the same text, or the same link)
/// is stored once. Every string is cut to its limit on the way in (see <see cref="InboundText"/>), and a publication
/// date in the future is taken as the import time.
/// </summary>
public sealed class ReportImporter(IRumourStore store, PlayerNameIndex playerNames, ReportAnalyzer analyzer, TimeProvider time)
{
    // Feeds, submissions and seeds import from several threads. Cleaning and analysis run side by side; the store
    // keeps "is it stored?" and the read-modify-write of a rumour's timeline from racing, so a slow report holds up
    // nobody else's analysis.

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
        return store.FindReportByLinkKey(StoredReport.UrlKeyFor(url));
    }

    private ImportResult ImportOne(Report report, string origin, bool requireMove, FeedOrigin? feed)
    {
        var id = ContentId(report.Text);
        if (store.FindReport(id) is { } existing) return new ImportResult(ImportOutcome.AlreadyStored, existing, []);
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

        var updates = new List<RumourUpdate>();
        foreach (var move in analysis.Moves)
        {
            foreach (var (key, toClub) in RumourKey.For(move))
            {
                updates.Add(new RumourUpdate(key, existing =>
                {
                    var rumour = existing ?? new Rumour
                    {
                        Id = key,
                        Player = move.Player,
                        PlayerKey = RumourKey.Normalise(move.Player),
                        FromClub = move.FromClub,
                        ToClub = toClub,
                    };
                    rumour.AddReport(stored, move);
                    return rumour;
                }));
            }
        }
        // Checked again by the store: the same article may have been stored while this one was analysed.
        var result = store.Store(stored, updates);
        if (!result.Stored) return new ImportResult(ImportOutcome.AlreadyStored, result.Report, []);
        foreach (var rumour in result.Rumours) playerNames.Note(rumour.Player, rumour.LastSeen);
        return new ImportResult(ImportOutcome.Stored, stored, [.. result.Rumours.Select(r => r.Id)]);
    }

    /// <summary>The same text (ignoring case and spacing) always gets the same id.</summary>
    public static string ContentId(string text)
    {
        var normalised = string.Join(' ', ArticleCleaner.Clean(text).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)).AsSpan(0, 16));
    }
}
