using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FakeDiscord.Support;

/// <summary>Small, forgiving readers for JSON nodes coming from clients.</summary>
internal static class JsonRead
{
    public static bool TryGetInteger(JsonNode? node, out long value)
    {
        value = 0;
        if (node is not JsonValue json || json.GetValueKind() != JsonValueKind.Number)
        {
            return false;
        }

        if (json.TryGetValue(out long whole))
        {
            value = whole;
            return true;
        }

        // A node built in-process (new JsonObject { ["type"] = 2 }) holds an int, which TryGetValue<long> does not widen.
        if (json.TryGetValue(out int small))
        {
            value = small;
            return true;
        }

        if (json.TryGetValue(out double real) && real == Math.Floor(real) && Math.Abs(real) < 9.2e18)
        {
            value = (long)real;
            return true;
        }

        return false;
    }

    public static string? GetString(JsonNode? node) =>
        node is JsonValue json && json.GetValueKind() == JsonValueKind.String ? json.GetValue<string>() : null;

    public static bool IsNull(JsonNode? node) => node is null;

    /// <summary>Reads a snowflake sent as a decimal string (or, leniently, as a number).</summary>
    public static bool TryGetSnowflake(JsonNode? node, out ulong value)
    {
        value = 0;
        if (GetString(node) is { } text)
        {
            return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        if (TryGetInteger(node, out var number) && number >= 0)
        {
            value = (ulong)number;
            return true;
        }

        return false;
    }

    /// <summary>Length in Unicode code points, as Discord counts it.</summary>
    public static int Length(string text) => text.EnumerateRunes().Count();
}
