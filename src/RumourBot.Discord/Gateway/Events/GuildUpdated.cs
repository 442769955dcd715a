using RumourBot.Discord.Models;

namespace RumourBot.Discord.Gateway.Events;

/// <summary>GUILD_UPDATE or GUILD_ROLE_CREATE/UPDATE/DELETE: a server's settings or roles (and so permissions) changed.</summary>
public sealed record GuildUpdated(Snowflake Id);
