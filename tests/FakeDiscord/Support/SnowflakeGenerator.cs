namespace FakeDiscord.Support;

/// <summary>Makes unique, increasing snowflakes from the injected clock (worker 1, process 0).</summary>
internal sealed class SnowflakeGenerator(TimeProvider time)
{
    private const ulong WorkerBits = 1UL << 17;
    private readonly Lock _gate = new();
    private ulong _last;

    public ulong Next()
    {
        var candidate = Snowflake.FromTimestamp(time.GetUtcNow()) | WorkerBits;
        lock (_gate)
        {
            // Same millisecond (or a clock that stands still): bump the increment so ids stay unique and ordered.
            _last = candidate > _last ? candidate : _last + 1;
            return _last;
        }
    }
}
