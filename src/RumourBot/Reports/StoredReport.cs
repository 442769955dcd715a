using System.Security.Cryptography;
using System.Text;
using RumourBot.Reports.Sources;

namespace RumourBot.Reports;

/// <summary>A report as the database keeps it: the article, what the analyser made of it, and its fingerprint.</summary>
public sealed class StoredReport
{
    /// <summary>A hash of the article's text, so the same article imported twice is stored once.</summary>
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Outlet { get; set; }
    public string? Url { get; set; }

    /// <summary>
    /// A hash of <see cref="Url"/> (see <see cref="UrlKeyFor"/>), indexed to find a report by its link. The link itself
    /// is not indexed: LiteDB refuses index keys over 1023 bytes, which a long percent-encoded link exceeds.
    /// </summary>
    public string? UrlKey { get; set; }
    public DateTimeOffset Published { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public string Origin { get; set; } = "";

    /// <summary>The feed the report came from (its URL and title then), or null for seeds and submissions.</summary>
    public string? FeedUrl { get; set; }
    public string? FeedTitle { get; set; }

    /// <summary>
    /// Imported from what a feed already listed when it was added, not news that arrived later: a digest mentions
    /// such reports in one line rather than one by one.
    /// </summary>
    public bool Backfill { get; set; }

    public string Text { get; set; } = "";
    public string Summary { get; set; } = "";
    public List<CitedSource> Sources { get; set; } = [];
    public List<Move> Moves { get; set; } = [];
    public int[] Fingerprint { get; set; } = [];

    public static string UrlKeyFor(string url) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)));
}
