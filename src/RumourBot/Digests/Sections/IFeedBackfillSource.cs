using RumourBot.Feeds;

namespace RumourBot.Digests.Sections;

/// <summary>
/// Where the digest learns of feed backfills (older articles imported when a feed was added): the feeds feature
/// (FeedBook) is one. With none registered the backfill line is simply absent.
/// </summary>
public interface IFeedBackfillSource
{
    /// <summary>Per feed of the server, how many older reports were filled in after <paramref name="since"/>.</summary>
    IReadOnlyList<FeedBackfill> BackfillsSince(ulong guildId, DateTimeOffset since);
}
