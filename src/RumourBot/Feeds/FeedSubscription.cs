using System.Security.Cryptography;
using System.Text;

namespace RumourBot.Feeds;

/// <summary>A server's subscription to one RSS or Atom feed, with what the last checks found (its health).</summary>
public sealed class FeedSubscription
{
    /// <summary>One subscription per server and URL; see <see cref="IdFor"/>.</summary>
    public string Id { get; set; } = "";
    public ulong GuildId { get; set; }
    public string Url { get; set; } = "";
    public string Title { get; set; } = "";
    public string AddedBy { get; set; } = "";
    public DateTimeOffset AddedAt { get; set; }

    /// <summary>
    /// The validators of the last full answer whose new articles were all imported, sent back so an unchanged feed
    /// costs a 304; none while articles wait for the next check, which must then read the feed in full.
    /// </summary>
    public string? ETag { get; set; }
    public DateTimeOffset? LastModified { get; set; }

    public DateTimeOffset? LastCheckedAt { get; set; }
    public DateTimeOffset? LastSuccessAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? LastErrorAt { get; set; }
    public int ConsecutiveFailures { get; set; }
    public DateTimeOffset NextCheckAt { get; set; }

    /// <summary>Distinct articles the feed has listed since it was added.</summary>
    public int ArticlesSeen { get; set; }

    /// <summary>Of those, the ones stored as new reports.</summary>
    public int ReportsStored { get; set; }

    public static string IdFor(ulong guildId, string url) =>
        $"{guildId}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)).AsSpan(0, 12))}";
}
