namespace RumourBot.Feeds;

/// <summary>What became of an article a feed listed.</summary>
public enum SeenFeedArticleOutcome
{
    /// <summary>Stored as a new report.</summary>
    Stored,

    /// <summary>The same article (link or text) was already stored, from elsewhere.</summary>
    AlreadyStored,

    /// <summary>Read, but it names no transfer, so it was not kept.</summary>
    NoTransfer,

    /// <summary>Neither the page nor the feed's summary had any text.</summary>
    Unreadable,

    /// <summary>Older than the newest <see cref="FeedOptions.MaxArticlesPerCheck"/> when the feed was added.</summary>
    SkippedOlder,

    /// <summary>Its import failed on our side (logged); it is not tried again, and the feed's other articles go on.</summary>
    Failed,

    /// <summary>Refused for what it holds (HTML nested past any real article's depth): never read or tried again.</summary>
    Refused,
}
