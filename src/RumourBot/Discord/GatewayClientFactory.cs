using Microsoft.Extensions.Logging;
using RumourBot.Discord.Gateway;

namespace RumourBot.Discord;

/// <summary>Makes one gateway client per shard, all with the bot's gateway options.</summary>
public sealed class GatewayClientFactory(GatewayOptions options, ILoggerFactory loggers, TimeProvider time)
{
    /// <param name="shard">[shard id, shard count], or null for a single unsharded session.</param>
    public DiscordGatewayClient Create(int[]? shard) =>
        new(options.ForShard(shard), loggers.CreateLogger<DiscordGatewayClient>(), time);
}
