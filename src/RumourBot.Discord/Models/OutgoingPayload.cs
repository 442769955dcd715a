using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>A payload the client sends: opcode and typed data.</summary>
public sealed record OutgoingPayload<T>(
    [property: JsonPropertyName("op")] int OpCode,
    [property: JsonPropertyName("d")] T Data);
