using RumourBot.Discord.Gateway;

namespace RumourBot.Coordination;

/// <summary>
/// Spaces identifies across the bot's processes: before shard i identifies, this process claims the lease
/// <c>identify:{i % max_concurrency}</c> for <see cref="Spacing"/> and keeps it (it runs out by itself), so no other
/// process identifies in that bucket within 5 s. A bucket held elsewhere is tried again on the clock until it is free.
/// </summary>
public sealed class LeasedIdentifyGate(IWorkLeases leases, ProcessIdentity process, TimeProvider time) : IIdentifyGate
{
    /// <summary>Discord's spacing of identifies in one max_concurrency bucket.</summary>
    public static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5);

    /// <summary>How often a bucket held by another process is tried again.</summary>
    public static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(500);

    /// <summary>Raised when the bucket of a shard is held elsewhere and this process waits (lets a test move a fake clock on).</summary>
    public event Action<int>? Waiting;

    public static string WorkFor(int shardId, int maxConcurrency) => $"identify:{shardId % Math.Max(1, maxConcurrency)}";

    public async Task WaitTurnAsync(int shardId, int maxConcurrency, CancellationToken cancellationToken)
    {
        var work = WorkFor(shardId, maxConcurrency);
        while (!leases.TryClaim(work, process.Holder, time.GetUtcNow(), Spacing))
        {
            var retry = Task.Delay(RetryEvery, time, cancellationToken); // the timer runs before anyone hears of the wait
            Waiting?.Invoke(shardId);
            await retry;
        }
    }
}
