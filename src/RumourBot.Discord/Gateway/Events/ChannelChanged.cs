using RumourBot.Discord.Models;

namespace RumourBot.Discord.Gateway.Events;

/// <summary>CHANNEL_CREATE, CHANNEL_UPDATE or CHANNEL_DELETE: a channel and its server (permissions may have changed).</summary>
public sealed record ChannelChanged(Snowflake Id, Snowflake? GuildId, int Type, bool Deleted);
