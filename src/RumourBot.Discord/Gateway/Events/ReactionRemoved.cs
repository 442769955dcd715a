using RumourBot.Discord.Models;

namespace RumourBot.Discord.Gateway.Events;

/// <summary>MESSAGE_REACTION_REMOVE: a user took a reaction back (Discord sends no member with it).</summary>
public sealed record ReactionRemoved(
    Snowflake UserId,
    Snowflake ChannelId,
    Snowflake MessageId,
    Snowflake? GuildId,
    PartialEmoji Emoji,
    bool Burst);
