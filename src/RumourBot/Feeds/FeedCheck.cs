namespace RumourBot.Feeds;

/// <summary>What one check of a feed did: new articles seen, reports stored, or why it failed.</summary>
public sealed record FeedCheck(FeedCheckOutcome Outcome, FeedSubscription Feed, string? Problem = null)
{
    /// <summary>Articles the feed listed that this subscription had not seen before.</summary>
    public int NewArticles { get; init; }

    public int ReportsStored { get; init; }

    /// <summary>New to this feed, but the same article (link or text) was already stored from elsewhere.</summary>
    public int AlreadyStored { get; init; }

    /// <summary>Read, but naming no transfer, so not kept.</summary>
    public int WithoutTransfer { get; init; }

    /// <summary>Reports made from the feed's summary because the article page could not be fetched or read.</summary>
    public int FromSummary { get; init; }
}
