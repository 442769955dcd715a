using System.Collections.Concurrent;

namespace RumourBot.Commands;

/// <summary>
/// At most a number of uses per member in a sliding window, on the injected clock (so the window passes in tests
/// without waiting for it). A refused use is not counted. Members who have not acted for a window are forgotten.
/// </summary>
public sealed class MemberRateLimit(int permits, TimeSpan window, TimeProvider time)
{
    private const int ForgetAbove = 10_000;

    private readonly ConcurrentDictionary<ulong, Queue<DateTimeOffset>> _recent = new();

    public int Permits => permits;

    public TimeSpan Window => window;

    /// <summary>Counts a use and returns null, or returns how long until the member may act again.</summary>
    public TimeSpan? TryAcquire(ulong memberId)
    {
        var now = time.GetUtcNow();
        if (_recent.Count > ForgetAbove) ForgetIdle(now);
        var uses = _recent.GetOrAdd(memberId, _ => new Queue<DateTimeOffset>());
        lock (uses)
        {
            while (uses.TryPeek(out var oldest) && oldest <= now - window) uses.Dequeue();
            if (uses.Count >= permits) return uses.Peek() + window - now;
            uses.Enqueue(now);
            return null;
        }
    }

    private void ForgetIdle(DateTimeOffset now)
    {
        foreach (var (member, uses) in _recent)
        {
            lock (uses)
            {
                if (uses.Count == 0 || uses.Last() <= now - window) _recent.TryRemove(member, out _);
            }
        }
    }

    /// <summary>"in 42 seconds", "in 3 minutes": when a refused member may try again.</summary>
    public static string When(TimeSpan wait) => wait.TotalSeconds switch
    {
        <= 1 => "in a second",
        < 90 => $"in {Math.Ceiling(wait.TotalSeconds):0} seconds",
        < 90 * 60 => $"in {Math.Ceiling(wait.TotalMinutes):0} minutes",
        _ => $"in {Math.Ceiling(wait.TotalHours):0} hours",
    };
}
