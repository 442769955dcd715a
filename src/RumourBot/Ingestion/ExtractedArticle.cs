namespace RumourBot.Ingestion;

/// <summary>An article's readable text and what its page says about it, as SmartReader found them.</summary>
public sealed record ExtractedArticle(string? Title, string Text, string? SiteName, DateTimeOffset? Published);
