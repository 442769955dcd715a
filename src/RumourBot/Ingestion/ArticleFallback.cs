namespace RumourBot.Ingestion;

/// <summary>What a feed says about an article (headline, summary, outlet, date), used where the page says less.</summary>
public sealed record ArticleFallback(string? Title, string? Summary, string? Outlet, DateTimeOffset? Published);
