namespace RumourBot.Fetching;

/// <summary>What we kept from the last fetch of a URL, sent back so the server can answer 304 Not Modified.</summary>
public sealed record FetchConditions(string? ETag, DateTimeOffset? LastModified);
