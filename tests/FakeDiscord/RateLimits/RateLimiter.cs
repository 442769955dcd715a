using System.Collections.Concurrent;

namespace FakeDiscord.RateLimits;

/// <summary>
/// Discord's REST limits: one bucket per (bucket hash, top-level resource), plus the global per-token limit.
/// Windows run on the injected <see cref="TimeProvider"/>, so a fake clock controls them.
/// </summary>
internal sealed class RateLimiter(RateLimitOptions options, TimeProvider time)
{
    public const string GlobalBucket = "global";
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new();
    private readonly RateLimitBucket _global = new();

    public RateLimitDecision TakeGlobal() =>
        _global.Take(options.Global, time.GetUtcNow(), GlobalBucket, options.Enabled);

    public RateLimitDecision TakeRoute(string bucketHash, string majorKey, RouteLimit limit) =>
        _buckets.GetOrAdd(bucketHash + ":" + majorKey, static _ => new RateLimitBucket())
            .Take(limit, time.GetUtcNow(), bucketHash, options.Enabled);

    /// <summary>The decision a planned 429 reports: the bucket looks exhausted for <paramref name="retryAfter"/>.</summary>
    public RateLimitDecision Exhausted(string bucketHash, RouteLimit limit, TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        return new RateLimitDecision(false, limit.Limit, 0, now + retryAfter, retryAfter, bucketHash, limit.Scope);
    }
}
