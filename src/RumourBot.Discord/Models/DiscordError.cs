using System.Text.Json;
using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>Discord's error body: a JSON error code, a message, and for 50035 a tree of field errors.</summary>
public sealed record DiscordError(
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("errors")] JsonElement? Errors);

/// <summary>The body of a 429: how long to wait, and whether the limit is global.</summary>
public sealed record RateLimitedBody(
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("retry_after")] double RetryAfter,
    [property: JsonPropertyName("global")] bool Global);
