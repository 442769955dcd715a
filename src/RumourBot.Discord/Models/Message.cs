using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>A message as Discord returns it (the fields the bot reads).</summary>
public sealed record Message(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("channel_id")] string ChannelId,
    [property: JsonPropertyName("content")] string? Content);
