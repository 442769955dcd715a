namespace FakeDiscord.RateLimits;

/// <summary>One fixed window: starts at the first request after the previous window ended.</summary>
internal sealed class RateLimitBucket
{
    private readonly Lock _gate = new();
    private int _remaining;
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;

    public RateLimitDecision Take(RouteLimit limit, DateTimeOffset now, string bucketHash, bool enforce)
    {
        lock (_gate)
        {
            if (now >= _resetAt)
            {
                _remaining = limit.Limit;
                _resetAt = now + limit.Window;
            }

            var allowed = _remaining > 0 || !enforce;
            if (_remaining > 0)
            {
                _remaining--;
            }

            return new RateLimitDecision(allowed, limit.Limit, _remaining, _resetAt, _resetAt - now, bucketHash, limit.Scope);
        }
    }
}
