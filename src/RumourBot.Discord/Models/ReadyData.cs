using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>The READY dispatch: the session to resume later, and who the bot is.</summary>
public sealed record ReadyData(
    [property: JsonPropertyName("v")] int Version,
    [property: JsonPropertyName("user")] DiscordUser User,
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("resume_gateway_url")] string ResumeGatewayUrl,
    [property: JsonPropertyName("application")] ApplicationInfo Application);

/// <summary>The application the bot belongs to; its id addresses commands and interaction webhooks.</summary>
public sealed record ApplicationInfo([property: JsonPropertyName("id")] string Id);
