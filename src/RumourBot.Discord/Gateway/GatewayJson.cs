using System.Runtime.CompilerServices;
using System.Text.Json;
using RumourBot.Discord.Models;

namespace RumourBot.Discord.Gateway;

/// <summary>The small steps every event reader takes over a <see cref="Utf8JsonReader"/>: objects, skips, ids.</summary>
internal static class GatewayJson
{
    public static Utf8JsonReader Open(ReadOnlySpan<byte> data)
    {
        var reader = new Utf8JsonReader(data);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("An event's d is not an object.");
        return reader;
    }

    public static bool NextProperty(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    public static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    public static bool ReadBool(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.True;
    }

    public static Snowflake ReadId(ref Utf8JsonReader reader)
    {
        reader.Read();
        return IdOf(ref reader);
    }

    public static Snowflake? ReadOptionalId(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null ? null : IdOf(ref reader);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the hot path: optimised from the first event, not after warm-up
    public static Snowflake IdOf(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number) return new Snowflake(reader.GetUInt64());
        if (reader.TokenType == JsonTokenType.String)
        {
            var id = reader.ValueIsEscaped ? Snowflake.TryParse(reader.GetString()) : Snowflake.TryParse(reader.ValueSpan);
            if (id is { } value) return value;
        }
        throw new JsonException("An id is not a snowflake.");
    }
}
