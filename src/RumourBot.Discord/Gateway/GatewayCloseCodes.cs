namespace RumourBot.Discord.Gateway;

/// <summary>Discord's gateway close codes and what each asks of the client.</summary>
public static class GatewayCloseCodes
{
    public static GatewayCloseAction ActionFor(int code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => GatewayCloseAction.Fatal,
        4003 or 4007 or 4009 => GatewayCloseAction.Identify,
        _ => GatewayCloseAction.Resume, // 4000-4002, 4005, 4008, dropped connections: the session lives on
    };

    public static string Describe(int code) => code switch
    {
        4000 => "unknown error",
        4001 => "unknown opcode (a client bug)",
        4002 => "decode error (a client bug)",
        4003 => "not authenticated",
        4004 => "authentication failed: the bot token is wrong or was reset",
        4005 => "already authenticated (a client bug)",
        4007 => "invalid sequence number on resume",
        4008 => "rate limited: too many gateway sends",
        4009 => "session timed out",
        4010 => "invalid shard",
        4011 => "sharding required: the bot is in too many servers for one shard",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: a privileged intent is not enabled for this bot in the Developer Portal",
        _ => "connection closed",
    };
}
