using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>The body of creating or editing a message (channel messages and interaction webhooks alike).</summary>
public sealed record MessageBody(
    [property: JsonPropertyName("content"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Content = null,
    [property: JsonPropertyName("embeds"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<Embed>? Embeds = null,
    [property: JsonPropertyName("allowed_mentions"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AllowedMentions? AllowedMentions = null,
    [property: JsonPropertyName("flags"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Flags = null);
