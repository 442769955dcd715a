namespace RumourBot.Feeds;

/// <summary>"12 earlier reports imported from The Touchline Wire": backfill of one feed, for a digest's single line.</summary>
public sealed record FeedBackfill(string FeedTitle, string FeedUrl, int Reports);
