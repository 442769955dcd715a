namespace RumourBot.Discord.Gateway;

/// <summary>How the gateway client identifies and how patiently it reconnects.</summary>
public sealed class GatewayOptions
{
    /// <summary>The bot token, sent raw in Identify and Resume and never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>Guilds and guild message reactions: slash commands need no intent, polls need reactions.</summary>
    public GatewayIntents Intents { get; set; } = GatewayIntents.Guilds | GatewayIntents.GuildMessageReactions;

    /// <summary>[shard id, shard count]; null for a single unsharded session.</summary>
    public int[]? Shard { get; set; }

    public string LibraryName { get; set; } = "rumourbot";

    /// <summary>The first reconnect waits up to this long; each failure in a row doubles it.</summary>
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>After an Invalid Session that cannot be resumed, wait a random time in this range (Discord: 1-5 s).</summary>
    public TimeSpan MinInvalidSessionDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxInvalidSessionDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Identifies in one max_concurrency bucket (shard id mod max_concurrency) are this far apart (Discord: 5 s).</summary>
    public TimeSpan IdentifySpacing { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Discord allows 120 sends per 60 s per connection; keep a margin for heartbeats.</summary>
    public int SendsPerMinute { get; set; } = 115;

    /// <summary>The same options for one shard: a copy, so every setting travels and none is forgotten.</summary>
    public GatewayOptions ForShard(int[]? shard)
    {
        var copy = (GatewayOptions)MemberwiseClone();
        copy.Shard = shard;
        return copy;
    }

    public override string ToString() => $"GatewayOptions {{ Intents = {Intents} }}"; // never the token
}
