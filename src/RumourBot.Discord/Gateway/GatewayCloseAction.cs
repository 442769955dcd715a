namespace RumourBot.Discord.Gateway;

/// <summary>What to do after the gateway connection ends.</summary>
public enum GatewayCloseAction
{
    Resume,
    Identify,
    Fatal,
}
