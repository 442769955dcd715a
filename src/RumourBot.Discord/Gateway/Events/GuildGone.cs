using RumourBot.Discord.Models;

namespace RumourBot.Discord.Gateway.Events;

/// <summary>GUILD_DELETE: <see cref="Removed"/> when the bot left or was removed, otherwise an outage.</summary>
public sealed record GuildGone(Snowflake Id, bool Unavailable)
{
    /// <summary>Discord leaves out <c>unavailable</c> when the bot was removed from the server.</summary>
    public bool Removed => !Unavailable;
}
