using RumourBot.Discord.Models;

namespace RumourBot.Discord.Gateway;

/// <summary>
/// The identify budget of one bot, shared by every shard of the process: at most one Identify per
/// <c>spacing</c> (5 s) in each of the <c>max_concurrency</c> buckets (shard id mod max_concurrency), and none
/// while <c>session_start_limit.remaining</c> is spent: then it waits for <c>reset_after</c> rather than burn the
/// daily 1,000 (at the limit Discord resets the bot's token). With shards in several processes, the
/// <see cref="IIdentifyGate"/> given here spaces the processes' identifies too.
/// </summary>
public sealed class IdentifyLimiter(TimeSpan spacing, TimeProvider time, IIdentifyGate? sharedGate = null)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<int, DateTimeOffset> _nextByBucket = [];
    private int _maxConcurrency = 1;
    private int? _total;
    private int? _remaining;
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;
    // When the budget was spent: the refilled day starts at the reset, for every bucket, not just the caller's.
    private DateTimeOffset _budgetFrom = DateTimeOffset.MinValue;

    /// <summary>Learns the budget from GET /gateway/bot (<c>session_start_limit</c>).</summary>
    public void Update(SessionStartLimit limit)
    {
        lock (_lock)
        {
            _maxConcurrency = Math.Max(1, limit.MaxConcurrency);
            _total = limit.Total;
            _remaining = limit.Remaining;
            _resetAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfterMs));
            _budgetFrom = DateTimeOffset.MinValue; // Discord's own count replaces ours
        }
    }

    /// <summary>Identifies left before the reset, as far as this process knows (null before <see cref="Update"/>).</summary>
    public int? Remaining
    {
        get
        {
            lock (_lock) return _remaining;
        }
    }

    /// <summary>How far apart identifies in one max_concurrency bucket are.</summary>
    public TimeSpan Spacing => spacing;

    /// <summary>Identifies Discord allows at once (max_concurrency), as learnt from GET /gateway/bot; 1 before.</summary>
    public int MaxConcurrency
    {
        get
        {
            lock (_lock) return _maxConcurrency;
        }
    }

    /// <summary>How long the Identify of <paramref name="shardId"/> must wait; the slot is taken (call once per Identify).</summary>
    public TimeSpan Reserve(int shardId)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var bucket = shardId % _maxConcurrency;
            var at = _nextByBucket.TryGetValue(bucket, out var next) && next > now ? next : now;
            if (_budgetFrom > at) at = _budgetFrom;
            if (_remaining is <= 0)
            {
                if (_resetAt > at) at = _resetAt;
                _budgetFrom = at;
                // A new day of identifies; Discord's next reset is a day later.
                _remaining = _total ?? 1;
                _resetAt = at + TimeSpan.FromDays(1);
            }
            if (_remaining is not null) _remaining--;
            _nextByBucket[bucket] = at + spacing;
            return at - now;
        }
    }

    /// <summary>Waits (on this limiter's clock) for the shard's turn to Identify; <paramref name="waiting"/> hears how long first.</summary>
    public async Task WaitAsync(int shardId, Action<TimeSpan>? waiting, CancellationToken cancellationToken)
    {
        var wait = Reserve(shardId);
        if (wait > TimeSpan.Zero)
        {
            var delay = Task.Delay(wait, time, cancellationToken); // the timer runs before anyone hears of the wait
            waiting?.Invoke(wait);
            await delay;
        }
        if (sharedGate is not null) await sharedGate.WaitTurnAsync(shardId, MaxConcurrency, spacing, cancellationToken);
    }
}
