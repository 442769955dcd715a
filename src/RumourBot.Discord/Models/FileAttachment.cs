namespace RumourBot.Discord.Models;

/// <summary>
/// A file to upload with a message (sent as <c>files[n]</c> of a multipart request). An embed shows it through
/// <see cref="Url"/>, <c>attachment://</c> and its file name.
/// </summary>
/// <param name="FileName">The name Discord shows and <c>attachment://</c> refers to: letters, digits, dot, dash, underscore.</param>
/// <param name="ContentType">The file's media type, e.g. <c>image/png</c>.</param>
/// <param name="Content">The bytes.</param>
/// <param name="Description">Alt text for screen readers (at most 1,024 characters), or null.</param>
public sealed record FileAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content, string? Description = null)
{
    /// <summary>Discord's upload limit for a bot without boosts: 10 MiB per request.</summary>
    public const int MaxUploadBytes = 10 * 1024 * 1024;

    /// <summary>How an embed refers to this file.</summary>
    public string Url => "attachment://" + FileName;
}
