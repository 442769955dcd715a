using Microsoft.Extensions.Logging;
using RumourBot.Discord.Gateway;

namespace RumourBot.OnDiscord;

/// <summary>
/// Makes one gateway client per shard, all with the bot's gateway options and one <see cref="IdentifyLimiter"/>:
/// every shard of the process draws on the same identify budget, and waits its turn with the bot's other processes
/// through the shared gate when there is one.
/// </summary>
public sealed class GatewayClientFactory(GatewayOptions options, ILoggerFactory loggers, TimeProvider time, IIdentifyGate? sharedGate = null)
{
    /// <summary>The identify budget of every client made here; learns the limits from GET /gateway/bot.</summary>
    public IdentifyLimiter Identifies { get; } = new(options.IdentifySpacing, time, sharedGate);

    /// <param name="shard">[shard id, shard count], or null for a single unsharded session.</param>
    public DiscordGatewayClient Create(int[]? shard) =>
        new(options.ForShard(shard), loggers.CreateLogger<DiscordGatewayClient>(), time, Identifies);
}
