using Microsoft.Extensions.Logging;
using RumourBot.Discord.Gateway;

namespace RumourBot.Discord;

/// <summary>Makes one gateway client per shard, all with the bot's gateway options.</summary>
public sealed class GatewayClientFactory(GatewayOptions options, ILoggerFactory loggers, TimeProvider time)
{
    /// <param name="shard">[shard id, shard count], or null for a single unsharded session.</param>
    public DiscordGatewayClient Create(int[]? shard)
    {
        var shardOptions = new GatewayOptions
        {
            Token = options.Token,
            Intents = options.Intents,
            Shard = shard,
            LibraryName = options.LibraryName,
            ReconnectBaseDelay = options.ReconnectBaseDelay,
            MaxReconnectDelay = options.MaxReconnectDelay,
            MinInvalidSessionDelay = options.MinInvalidSessionDelay,
            MaxInvalidSessionDelay = options.MaxInvalidSessionDelay,
            IdentifySpacing = options.IdentifySpacing,
            SendsPerMinute = options.SendsPerMinute,
        };
        return new DiscordGatewayClient(shardOptions, loggers.CreateLogger<DiscordGatewayClient>(), time);
    }
}
