namespace RumourBot.Discord.Rest;

/// <summary>
/// Discord's global limit (50 requests a second per bot): a sliding one-second window, plus a pause for all
/// requests when Discord answers a global 429.
/// </summary>
internal sealed class GlobalRateLimiter(int perSecond, TimeProvider time)
{
    // Discord counts arrivals; we count sends. Counting over a slightly longer window absorbs the network delay
    // between the two, so a burst never lands 51 requests in one of Discord's seconds.
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(1100);

    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _lock = new();
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                while (_sent.Count > 0 && now - _sent.Peek() >= Window) _sent.Dequeue();
                if (_pausedUntil > now) wait = _pausedUntil - now;
                else if (_sent.Count < perSecond)
                {
                    _sent.Enqueue(now);
                    return;
                }
                else wait = _sent.Peek() + Window - now;
            }
            await Task.Delay(wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait, time, cancellationToken);
        }
    }

    public void PauseFor(TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (until > _pausedUntil) _pausedUntil = until;
        }
    }
}
