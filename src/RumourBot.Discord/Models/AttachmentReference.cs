using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>
/// An entry of a message body's <c>attachments</c> array: <see cref="Id"/> is the index n of the <c>files[n]</c>
/// part for a new file (as a string), or the snowflake of an attachment the message keeps.
/// </summary>
public sealed record AttachmentReference(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("filename"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FileName = null,
    [property: JsonPropertyName("description"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description = null)
{
    /// <summary>The references for files uploaded as <c>files[0]</c>, <c>files[1]</c>, … in this order.</summary>
    public static IReadOnlyList<AttachmentReference> For(IReadOnlyList<FileAttachment> files) =>
        files.Select((file, index) => new AttachmentReference(index.ToString(System.Globalization.CultureInfo.InvariantCulture), file.FileName, file.Description)).ToList();
}
