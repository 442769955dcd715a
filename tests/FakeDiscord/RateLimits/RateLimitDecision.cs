namespace FakeDiscord.RateLimits;

/// <summary>The state of a bucket after counting one request, and whether the request may go through.</summary>
internal sealed record RateLimitDecision(
    bool Allowed,
    int Limit,
    int Remaining,
    DateTimeOffset ResetAt,
    TimeSpan ResetAfter,
    string BucketHash,
    string Scope);
