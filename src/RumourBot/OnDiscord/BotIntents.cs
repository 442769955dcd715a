using RumourBot.Discord.Gateway;

namespace RumourBot.OnDiscord;

/// <summary>
/// The gateway intents each feature needs; the bot identifies with their union and nothing more. Discord sends no
/// event outside them, so a feature that forgets its intent silently never hears about its events.
/// None is privileged: the bot never reads what members write (no MESSAGE_CONTENT), only options and reactions.
/// </summary>
public static class BotIntents
{
    /// <summary>Slash commands and autocomplete arrive as INTERACTION_CREATE, which belongs to no intent.</summary>
    public const GatewayIntents Commands = GatewayIntents.None;

    /// <summary>GUILD_CREATE/DELETE and CHANNEL_DELETE: the guilds of each shard, and channels digests and polls live in.</summary>
    public const GatewayIntents Guilds = GatewayIntents.Guilds;

    /// <summary>Reaction polls: MESSAGE_REACTION_ADD/REMOVE/REMOVE_ALL/REMOVE_EMOJI are the votes.</summary>
    public const GatewayIntents PollVotes = GatewayIntents.GuildMessageReactions;

    /// <summary>Reaction polls: MESSAGE_DELETE and MESSAGE_DELETE_BULK end a poll whose message a moderator deleted.</summary>
    public const GatewayIntents PollMessages = GatewayIntents.GuildMessages;

    /// <summary>What the bot identifies with: 1537 (GUILDS | GUILD_MESSAGES | GUILD_MESSAGE_REACTIONS).</summary>
    public const GatewayIntents All = Commands | Guilds | PollVotes | PollMessages;
}
