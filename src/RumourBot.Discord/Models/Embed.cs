using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>A rich embed. Limits: title 256, description 4096, 25 fields, field name 256 and value 1024,
/// footer 2048, and 6000 characters over all embeds of a message.</summary>
public sealed record Embed(
    [property: JsonPropertyName("title"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Title = null,
    [property: JsonPropertyName("description"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description = null,
    [property: JsonPropertyName("color"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Color = null,
    [property: JsonPropertyName("fields"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<EmbedField>? Fields = null,
    [property: JsonPropertyName("footer"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EmbedFooter? Footer = null)
{
    public const int MaxTitle = 256;
    public const int MaxDescription = 4096;
    public const int MaxFields = 25;
    public const int MaxFieldName = 256;
    public const int MaxFieldValue = 1024;
    public const int MaxFooter = 2048;
    public const int MaxTotal = 6000;
    public const int MaxPerMessage = 10;

    /// <summary>A large picture under the embed's text (e.g. <c>attachment://chart.png</c>).</summary>
    [JsonPropertyName("image"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EmbedImage? Image { get; init; }

    /// <summary>The characters Discord counts towards the 6000 total.</summary>
    [JsonIgnore]
    public int Length => (Title?.Trim().Length ?? 0) + (Description?.Trim().Length ?? 0) + (Footer?.Text.Trim().Length ?? 0)
        + (Fields?.Sum(f => f.Name.Trim().Length + f.Value.Trim().Length) ?? 0);
}

/// <summary>A titled block of an embed.</summary>
public sealed record EmbedField(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("inline")] bool Inline = false);

/// <summary>The small print under an embed.</summary>
public sealed record EmbedFooter([property: JsonPropertyName("text")] string Text);
