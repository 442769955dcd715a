using System.Text.Json;
using RumourBot.Discord.Gateway.Events;
using RumourBot.Discord.Models;
using static RumourBot.Discord.Gateway.GatewayJson;

namespace RumourBot.Discord.Gateway;

/// <summary>Reads the guild, role and channel events' <c>d</c>: only the ids and the few fields the bot keeps.</summary>
internal static class GuildEventReader
{
    public static GuildAvailable ReadGuildCreate(ReadOnlySpan<byte> data)
    {
        var reader = Open(data);
        Snowflake id = default;
        string? name = null;
        var unavailable = false;
        var members = 0;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) id = ReadId(ref reader);
            else if (reader.ValueTextEquals("name"u8))
            {
                reader.Read();
                name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("unavailable"u8)) unavailable = ReadBool(ref reader);
            else if (reader.ValueTextEquals("member_count"u8))
            {
                reader.Read();
                members = reader.TokenType == JsonTokenType.Number ? reader.GetInt32() : 0;
            }
            else SkipValue(ref reader); // channels, members, roles, emojis...: not kept
        }
        return new GuildAvailable(id, name, unavailable, members);
    }

    public static GuildGone ReadGuildDelete(ReadOnlySpan<byte> data)
    {
        var reader = Open(data);
        Snowflake id = default;
        var unavailable = false;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) id = ReadId(ref reader);
            else if (reader.ValueTextEquals("unavailable"u8)) unavailable = ReadBool(ref reader);
            else SkipValue(ref reader);
        }
        return new GuildGone(id, unavailable);
    }

    /// <summary>GUILD_UPDATE carries the guild (<c>id</c>); role events carry <c>guild_id</c>.</summary>
    public static GuildUpdated ReadGuildUpdated(ReadOnlySpan<byte> data, bool roleEvent)
    {
        var reader = Open(data);
        var field = roleEvent ? "guild_id"u8 : "id"u8;
        Snowflake id = default;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(field)) id = ReadId(ref reader);
            else SkipValue(ref reader);
        }
        return new GuildUpdated(id);
    }

    public static ChannelChanged ReadChannel(ReadOnlySpan<byte> data, bool deleted)
    {
        var reader = Open(data);
        Snowflake id = default;
        Snowflake? guild = null;
        var type = 0;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) id = ReadId(ref reader);
            else if (reader.ValueTextEquals("guild_id"u8)) guild = ReadOptionalId(ref reader);
            else if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                type = reader.GetInt32();
            }
            else SkipValue(ref reader);
        }
        return new ChannelChanged(id, guild, type, deleted);
    }
}
