namespace RumourBot.Digests.Sections;

/// <summary>A feed and how many of its older reports were filled in.</summary>
public sealed record FeedBackfill(string FeedTitle, int Reports);
