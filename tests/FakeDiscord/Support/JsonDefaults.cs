using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FakeDiscord.Support;

/// <summary>Discord's JSON conventions: snake_case names, emoji left unescaped.</summary>
internal static class JsonDefaults
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Turns whatever a test passes as an event body (anonymous object, JsonNode, JsonElement) into a node.</summary>
    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        JsonElement element => JsonNode.Parse(element.GetRawText()),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), Options),
    };

    public static JsonElement ToElement(JsonNode? node) =>
        JsonSerializer.SerializeToElement(node, Options);

    public static string Serialize(JsonNode? node) => node is null ? "null" : node.ToJsonString(Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
