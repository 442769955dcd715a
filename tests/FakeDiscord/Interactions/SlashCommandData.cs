using System.Text.Json;
using System.Text.Json.Nodes;
using FakeDiscord.Commands;
using FakeDiscord.Support;

namespace FakeDiscord.Interactions;

/// <summary>
/// The <c>data</c> of a slash command's INTERACTION_CREATE: option types from the registered command when there is
/// one, otherwise from the values (string 3, integer 4, boolean 5, number 10).
/// </summary>
internal static class SlashCommandData
{
    public static JsonObject Of(string name, IReadOnlyDictionary<string, object>? options, RegisteredCommand? registered)
    {
        var data = new JsonObject { ["name"] = name, ["type"] = 1 };
        if (options is { Count: > 0 })
        {
            var declared = registered?.Json.TryGetProperty("options", out var list) == true ? list : default;
            data["options"] = new JsonArray(options.Select(o => (JsonNode)Option(o.Key, o.Value, declared)).ToArray());
        }

        return data;
    }

    private static JsonObject Option(string name, object value, JsonElement declared)
    {
        var type = value switch
        {
            bool => 5,
            int or long or short or byte => 4,
            double or float or decimal => 10,
            _ => 3,
        };
        if (declared.ValueKind == JsonValueKind.Array)
        {
            foreach (var option in declared.EnumerateArray())
            {
                if (option.GetProperty("name").GetString() == name)
                {
                    type = option.GetProperty("type").GetInt32();
                }
            }
        }

        return new JsonObject { ["name"] = name, ["type"] = type, ["value"] = JsonDefaults.ToNode(value is ulong id ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : value) };
    }
}
