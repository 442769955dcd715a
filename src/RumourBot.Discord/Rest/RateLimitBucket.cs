namespace RumourBot.Discord.Rest;

/// <summary>
/// One rate-limit bucket as Discord's headers describe it. Requests in a bucket go one at a time, and a request
/// waits for the reset rather than spend the last permit of a window, so steady load never provokes a 429.
/// </summary>
internal sealed class RateLimitBucket
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public int? Limit { get; private set; }
    public int Remaining { get; private set; } = 1;
    public DateTimeOffset ResetAt { get; private set; } = DateTimeOffset.MinValue;

    private int _users;

    /// <summary>When a request last left the bucket: an idle bucket is dropped (see <see cref="IsIdle"/>).</summary>
    public DateTimeOffset LastUsed { get; private set; }

    public async Task EnterAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _users);
        try
        {
            await _gate.WaitAsync(cancellationToken);
        }
        catch
        {
            Interlocked.Decrement(ref _users);
            throw;
        }
    }

    public void Leave(DateTimeOffset now)
    {
        LastUsed = now;
        _gate.Release();
        Interlocked.Decrement(ref _users);
    }

    /// <summary>
    /// Nobody in or waiting, its window over and unused for <paramref name="idleAfter"/>: forgetting it loses nothing
    /// (the next request learns the limit again from the headers).
    /// </summary>
    public bool IsIdle(DateTimeOffset now, TimeSpan idleAfter) =>
        Volatile.Read(ref _users) == 0 && now >= ResetAt && now - LastUsed >= idleAfter;

    // Discord rounds Reset-After; a few milliseconds past the reset make sure its window has really turned over.
    private static readonly TimeSpan ResetMargin = TimeSpan.FromMilliseconds(10);

    /// <summary>How long to wait before the next request may go: none while permits remain, else until the reset.</summary>
    public TimeSpan WaitBeforeSending(DateTimeOffset now) =>
        Remaining <= 0 && ResetAt + ResetMargin > now ? ResetAt + ResetMargin - now : TimeSpan.Zero;

    public void Update(int? limit, int? remaining, TimeSpan? resetAfter, DateTimeOffset now)
    {
        if (limit is not null) Limit = limit;
        if (remaining is not null) Remaining = remaining.Value;
        if (resetAfter is not null) ResetAt = now + resetAfter.Value;
    }

    /// <summary>A 429 on this bucket: nothing more until the retry time.</summary>
    public void Exhaust(TimeSpan retryAfter, DateTimeOffset now)
    {
        Remaining = 0;
        ResetAt = now + retryAfter;
    }

    public void NoteSent() => Remaining--;
}
