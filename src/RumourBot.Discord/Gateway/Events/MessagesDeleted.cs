using RumourBot.Discord.Models;

namespace RumourBot.Discord.Gateway.Events;

/// <summary>MESSAGE_DELETE (one id) or MESSAGE_DELETE_BULK (several): messages that are gone.</summary>
public sealed record MessagesDeleted(IReadOnlyList<Snowflake> MessageIds, Snowflake ChannelId, Snowflake? GuildId);
