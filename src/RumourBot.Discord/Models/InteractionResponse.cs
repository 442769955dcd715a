using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>The body of POST /interactions/{id}/{token}/callback.</summary>
public sealed record InteractionResponse(
    [property: JsonPropertyName("type")] int Type,
    [property: JsonPropertyName("data"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] InteractionCallbackData? Data)
{
    public const int Pong = 1;
    public const int ChannelMessageWithSource = 4;
    public const int DeferredChannelMessageWithSource = 5;
    public const int ApplicationCommandAutocompleteResult = 8;
}

/// <summary>A message answer, or autocomplete choices.</summary>
public sealed record InteractionCallbackData(
    [property: JsonPropertyName("content"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Content = null,
    [property: JsonPropertyName("embeds"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<Embed>? Embeds = null,
    [property: JsonPropertyName("allowed_mentions"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AllowedMentions? AllowedMentions = null,
    [property: JsonPropertyName("flags"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Flags = null,
    [property: JsonPropertyName("choices"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CommandOptionChoice>? Choices = null)
{
    /// <summary>Only the member who used the command sees the answer.</summary>
    public const int Ephemeral = 64;

    /// <summary>The files the message carries: new uploads by their <c>files[n]</c> index (sent as multipart), or kept ones by id.</summary>
    [JsonPropertyName("attachments"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<AttachmentReference>? Attachments { get; init; }
}
