using RumourBot.Discord.Models;

namespace RumourBot.Discord.Gateway.Events;

/// <summary>
/// GUILD_CREATE: a server the bot is in became available (after READY, after an outage, or on joining).
/// <see cref="Unavailable"/> is true for a server in an outage. Only what the bot uses is read: the rest of the
/// (often large) payload is skipped, not kept.
/// </summary>
public sealed record GuildAvailable(Snowflake Id, string? Name, bool Unavailable, int MemberCount);
