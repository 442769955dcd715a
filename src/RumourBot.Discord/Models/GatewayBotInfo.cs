using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>GET /gateway/bot: where to connect, how many shards Discord advises, and the identify budget.</summary>
public sealed record GatewayBotInfo(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("shards")] int Shards,
    [property: JsonPropertyName("session_start_limit")] SessionStartLimit SessionStartLimit);

/// <summary>How many identifies remain today and how many may run at once per 5 seconds.</summary>
public sealed record SessionStartLimit(
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("remaining")] int Remaining,
    [property: JsonPropertyName("reset_after")] long ResetAfterMs,
    [property: JsonPropertyName("max_concurrency")] int MaxConcurrency);
