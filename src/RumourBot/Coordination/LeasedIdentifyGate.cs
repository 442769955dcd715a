using RumourBot.Discord.Gateway;

namespace RumourBot.Coordination;

/// <summary>
/// Spaces identifies across the bot's processes: before shard i identifies, this process claims the lease
/// <c>identify:{i % max_concurrency}</c> for the gateway's identify spacing (Discord: 5 s) and keeps it (it runs out by
/// itself), so no other process identifies in that bucket meanwhile. A bucket held elsewhere is tried again on the
/// clock until it is free.
/// </summary>
public sealed class LeasedIdentifyGate(IWorkLeases leases, ProcessIdentity process, TimeProvider time) : IIdentifyGate
{
    /// <summary>How often a bucket held by another process is tried again.</summary>
    public static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(500);

    /// <summary>Raised when the bucket of a shard is held elsewhere and this process waits (lets a test move a fake clock on).</summary>
    public event Action<int>? Waiting;

    public static string WorkFor(int shardId, int maxConcurrency) => $"identify:{shardId % Math.Max(1, maxConcurrency)}";

    public async Task WaitTurnAsync(int shardId, int maxConcurrency, TimeSpan spacing, CancellationToken cancellationToken)
    {
        var work = WorkFor(shardId, maxConcurrency);
        while (!leases.TryClaim(work, process.Holder, time.GetUtcNow(), spacing))
        {
            var retry = Task.Delay(RetryEvery, time, cancellationToken); // the timer runs before anyone hears of the wait
            Waiting?.Invoke(shardId);
            await retry;
        }
    }
}
