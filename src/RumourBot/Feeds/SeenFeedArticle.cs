using System.Security.Cryptography;
using System.Text;

namespace RumourBot.Feeds;

/// <summary>An article a subscription has listed: remembered so the next check neither fetches nor imports it again.</summary>
public sealed class SeenFeedArticle
{
    /// <summary>The subscription's id and a hash of the article's key; see <see cref="IdFor"/>.</summary>
    public string Id { get; set; } = "";
    public string FeedId { get; set; } = "";
    public ulong GuildId { get; set; }
    public string FeedUrl { get; set; } = "";
    public string FeedTitle { get; set; } = "";
    public string? Guid { get; set; }
    public string? Link { get; set; }
    public DateTimeOffset SeenAt { get; set; }
    public SeenFeedArticleOutcome Outcome { get; set; }
    public string? ReportId { get; set; }

    /// <summary>Listed when the feed was added, rather than news that arrived later.</summary>
    public bool Backfill { get; set; }

    /// <summary>
    /// The subscription's id and a hash of the article's key. LiteDB refuses index keys over 1023 bytes, and a guid or
    /// a percent-encoded link can be longer: a raw key made the article's import fail, and with it the feed's check.
    /// </summary>
    public static string IdFor(string feedId, string key) =>
        $"{feedId}|{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))}";
}
