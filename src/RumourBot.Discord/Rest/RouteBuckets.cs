namespace RumourBot.Discord.Rest;

/// <summary>
/// The rate-limit buckets a <see cref="DiscordRestClient"/> has learned: keyed by bucket name (from the
/// X-RateLimit-Bucket header; the route until Discord names it) and major parameter, idle ones dropped.
/// </summary>
internal sealed class RouteBuckets
{
    private readonly DiscordRestOptions _options;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, string> _bucketByRoute = [];
    private readonly Dictionary<string, RateLimitBucket> _buckets = [];
    private readonly Lock _lock = new();
    private DateTimeOffset _lastSweep;

    public RouteBuckets(DiscordRestOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        _lastSweep = time.GetUtcNow();
    }

    /// <summary>Buckets held in memory; a bucket known by two keys counts once.</summary>
    public int Count
    {
        get
        {
            lock (_lock) return _buckets.Values.Distinct().Count();
        }
    }

    public RateLimitBucket For(RestRoute route)
    {
        lock (_lock)
        {
            SweepIdleBuckets();
            var unnamed = $"{route.RouteKey}:{route.MajorParameter}";
            if (!_bucketByRoute.TryGetValue(route.RouteKey, out var name))
            {
                if (!_buckets.TryGetValue(unnamed, out var first)) _buckets[unnamed] = first = new RateLimitBucket();
                return first;
            }
            var named = $"{name}:{route.MajorParameter}";
            if (_buckets.TryGetValue(named, out var bucket)) return bucket;
            // Requests already queued on the route's bucket from before its name was known share it from now on.
            bucket = _buckets.GetValueOrDefault(unnamed) ?? new RateLimitBucket();
            _buckets[named] = bucket;
            return bucket;
        }
    }

    // Discord names the bucket in a header: routes sharing a name share a limit (per major parameter).
    public void Learn(RestRoute route, RateLimitBucket bucket, HttpResponseMessage response)
    {
        var now = _time.GetUtcNow();
        bucket.Update(RateLimitHeaders.Int(response, "X-RateLimit-Limit"), RateLimitHeaders.Int(response, "X-RateLimit-Remaining"),
            RateLimitHeaders.Seconds(response, "X-RateLimit-Reset-After"), now);
        if (RateLimitHeaders.Text(response, "X-RateLimit-Bucket") is not { } name) return;
        lock (_lock)
        {
            if (_bucketByRoute.TryGetValue(route.RouteKey, out var known) && known == name) return;
            _bucketByRoute[route.RouteKey] = name;
            _buckets.TryAdd($"{name}:{route.MajorParameter}", bucket);
        }
    }

    // Every interaction has buckets of its own (its token is the major parameter): without this they would pile up.
    private void SweepIdleBuckets()
    {
        var now = _time.GetUtcNow();
        if (now - _lastSweep < _options.BucketIdleAfter) return;
        _lastSweep = now;
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.IsIdle(now, _options.BucketIdleAfter)) _buckets.Remove(key);
        }
    }
}
