using System.Text.Json;
using RumourBot.Discord.Gateway.Events;
using RumourBot.Discord.Models;
using static RumourBot.Discord.Gateway.GatewayJson;

namespace RumourBot.Discord.Gateway;

/// <summary>Reads the message events' <c>d</c> into typed events.</summary>
internal static class MessageEventReader
{
    /// <summary>MESSAGE_DELETE (<c>id</c>) and MESSAGE_DELETE_BULK (<c>ids</c>) alike.</summary>
    public static MessagesDeleted ReadMessagesDeleted(ReadOnlySpan<byte> data)
    {
        var reader = Open(data);
        var ids = new List<Snowflake>(1);
        Snowflake channel = default;
        Snowflake? guild = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) ids.Add(ReadId(ref reader));
            else if (reader.ValueTextEquals("ids"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("ids is not an array.");
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) ids.Add(IdOf(ref reader));
            }
            else if (reader.ValueTextEquals("channel_id"u8)) channel = ReadId(ref reader);
            else if (reader.ValueTextEquals("guild_id"u8)) guild = ReadOptionalId(ref reader);
            else SkipValue(ref reader);
        }
        return new MessagesDeleted(ids, channel, guild);
    }
}
