using System.Text.Json;
using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>The envelope of every gateway message: opcode, data, and for dispatches the sequence and event name.</summary>
public sealed record GatewayPayload(
    [property: JsonPropertyName("op")] int OpCode,
    [property: JsonPropertyName("d")] JsonElement Data,
    [property: JsonPropertyName("s")] int? Sequence,
    [property: JsonPropertyName("t")] string? EventName);
