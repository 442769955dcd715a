using RumourBot.Discord.Models;

namespace RumourBot.Discord.Gateway.Events;

/// <summary>
/// MESSAGE_REACTION_ADD: a user reacted to a message. <see cref="MemberName"/> is the member's display name
/// (global name, else username) when Discord sends the member (in servers). A burst (super) reaction sets
/// <see cref="Burst"/>.
/// </summary>
public sealed record ReactionAdded(
    Snowflake UserId,
    Snowflake ChannelId,
    Snowflake MessageId,
    Snowflake? GuildId,
    PartialEmoji Emoji,
    bool Burst,
    string? MemberName);
