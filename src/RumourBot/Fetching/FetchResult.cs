namespace RumourBot.Fetching;

/// <summary>
/// What a fetch brought back: the body and its validators when <see cref="Outcome"/> is
/// <see cref="FetchOutcome.Fetched"/>, otherwise <see cref="Problem"/>, a sentence a member or a log can show.
/// </summary>
public sealed record FetchResult(FetchOutcome Outcome, Uri Url, string? Problem = null)
{
    public int StatusCode { get; init; }
    public byte[] Body { get; init; } = [];

    /// <summary>"text/html", "application/rss+xml"… without parameters; null when the server sent none.</summary>
    public string? MediaType { get; init; }

    public string? Charset { get; init; }
    public string? ETag { get; init; }
    public DateTimeOffset? LastModified { get; init; }

    public bool IsFetched => Outcome == FetchOutcome.Fetched;
}
