using RumourBot.Discord.Models;

namespace RumourBot.Discord.Gateway.Events;

/// <summary>
/// MESSAGE_REACTION_REMOVE_ALL (<see cref="Emoji"/> null: every reaction went) or MESSAGE_REACTION_REMOVE_EMOJI
/// (only that emoji's reactions went).
/// </summary>
public sealed record ReactionsCleared(Snowflake ChannelId, Snowflake MessageId, Snowflake? GuildId, PartialEmoji? Emoji);
