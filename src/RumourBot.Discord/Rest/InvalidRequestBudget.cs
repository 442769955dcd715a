namespace RumourBot.Discord.Rest;

/// <summary>
/// Counts the responses Discord holds against the bot's IP (401, 403, and 429 except shared-scope ones) over a
/// sliding 10 minutes; Discord bans the IP for a while at 10,000. Past <see cref="SafeLimit"/> the client withholds
/// optional requests (the circuit breaker), so only what must go keeps going.
/// </summary>
public sealed class InvalidRequestBudget(int safeLimit, TimeProvider time)
{
    /// <summary>Discord's window for the invalid-request limit.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan Slot = TimeSpan.FromSeconds(10);
    private readonly int[] _slots = new int[(int)(Window / Slot)];
    private readonly Lock _lock = new();
    private long _lastSlot = -1;

    public int SafeLimit { get; } = safeLimit;

    /// <summary>Invalid responses in the last 10 minutes (to the nearest 10 s).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                Advance();
                return _slots.Sum();
            }
        }
    }

    /// <summary>True while optional requests are withheld.</summary>
    public bool IsTripped => Count >= SafeLimit;

    public void Record()
    {
        lock (_lock)
        {
            Advance();
            _slots[_lastSlot % _slots.Length]++;
        }
    }

    // Clears the slots that fell out of the window since the last call.
    private void Advance()
    {
        var slot = time.GetUtcNow().UtcTicks / Slot.Ticks;
        if (_lastSlot >= 0)
        {
            for (var s = _lastSlot + 1; s <= slot && s <= _lastSlot + _slots.Length; s++) _slots[s % _slots.Length] = 0;
        }
        _lastSlot = slot;
    }
}
