using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>The data of op 10 Hello.</summary>
public sealed record HelloData([property: JsonPropertyName("heartbeat_interval")] int HeartbeatIntervalMs);
