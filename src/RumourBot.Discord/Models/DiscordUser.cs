using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>A Discord user (ids are snowflakes, carried as strings as in the JSON).</summary>
public sealed record DiscordUser(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("global_name")] string? GlobalName = null,
    [property: JsonPropertyName("bot")] bool? Bot = null);
