namespace RumourBot.Discord.Gateway;

/// <summary>
/// A turn to Identify shared beyond this process: when a bot's shards run in several processes, each waits here,
/// after its own <see cref="IdentifyLimiter"/>, until no other process identifies in the same max_concurrency bucket.
/// </summary>
public interface IIdentifyGate
{
    /// <summary>
    /// Returns once shard <paramref name="shardId"/> may Identify (bucket: shard id mod <paramref name="maxConcurrency"/>),
    /// keeping the bucket for <paramref name="spacing"/> from then.
    /// </summary>
    Task WaitTurnAsync(int shardId, int maxConcurrency, TimeSpan spacing, CancellationToken cancellationToken);
}
