using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>The body of creating or editing a message (channel messages and interaction webhooks alike).</summary>
public sealed record MessageBody(
    [property: JsonPropertyName("content"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Content = null,
    [property: JsonPropertyName("embeds"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<Embed>? Embeds = null,
    [property: JsonPropertyName("allowed_mentions"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AllowedMentions? AllowedMentions = null,
    [property: JsonPropertyName("flags"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Flags = null)
{
    /// <summary>
    /// With <see cref="EnforceNonce"/>, a create repeated within a few minutes with the same nonce (≤ 25 characters)
    /// returns the message already made instead of posting it twice, e.g. when a timed-out request is retried.
    /// </summary>
    [JsonPropertyName("nonce"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Nonce { get; init; }

    [JsonPropertyName("enforce_nonce"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? EnforceNonce { get; init; }

    /// <summary>The files the message carries: new uploads by their <c>files[n]</c> index (sent as multipart), or kept ones by id.</summary>
    [JsonPropertyName("attachments"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<AttachmentReference>? Attachments { get; init; }
}
