namespace RumourBot.Discord.Gateway;

/// <summary>
/// The gateway closed with a code that reconnecting cannot fix (bad token, bad intents, bad shard, sharding
/// required, bad version): the bot must stop and tell the operator why.
/// </summary>
public sealed class GatewayFatalException(int closeCode, string reason)
    : Exception($"Discord closed the gateway with {closeCode}: {reason}")
{
    public int CloseCode { get; } = closeCode;
    public string Reason { get; } = reason;
}
