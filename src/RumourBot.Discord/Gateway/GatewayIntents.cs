namespace RumourBot.Discord.Gateway;

/// <summary>Gateway intents the bot may ask for. None of these is privileged.</summary>
[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    GuildMessageReactions = 1 << 10,
    DirectMessageReactions = 1 << 13,
    GuildMessagePolls = 1 << 24,
}
