namespace RumourBot.Feeds;

/// <summary>A feed as read: its title and its entries, in the feed's order.</summary>
public sealed record ParsedFeed(string Title, IReadOnlyList<FeedArticle> Articles);
