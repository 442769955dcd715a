using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>The data of op 2 Identify. The token is raw (no "Bot " prefix).</summary>
public sealed record IdentifyData(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("intents")] int Intents,
    [property: JsonPropertyName("properties")] IdentifyProperties Properties,
    [property: JsonPropertyName("shard"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int[]? Shard)
{
    /// <summary>Never print the token: records print their properties by default.</summary>
    public override string ToString() => $"IdentifyData {{ Intents = {Intents} }}";
}

/// <summary>Who is connecting: the library's name goes in browser and device.</summary>
public sealed record IdentifyProperties(
    [property: JsonPropertyName("os")] string Os,
    [property: JsonPropertyName("browser")] string Browser,
    [property: JsonPropertyName("device")] string Device);
