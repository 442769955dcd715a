namespace RumourBot.Feeds;

/// <summary>How one check of a feed ended.</summary>
public enum FeedCheckOutcome
{
    /// <summary>The feed was read and its new articles imported.</summary>
    Read,

    /// <summary>The server answered 304: nothing new, nothing fetched.</summary>
    NotModified,

    Failed,
}
