namespace RumourBot.Reports;

/// <summary>The feed a report is imported from, and whether it is backfill (listed before the feed was added).</summary>
public sealed record FeedOrigin(string FeedUrl, string FeedTitle, bool Backfill);
