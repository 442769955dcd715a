using System.Security.Cryptography;

namespace FakeDiscord.Attachments;

/// <summary>A file a request uploaded, as recorded: its field, name, type, size and SHA-256 (hex, lower case).</summary>
/// <param name="Field">The form field, e.g. <c>files[0]</c>.</param>
/// <param name="FileName">The file name.</param>
/// <param name="ContentType">The part's Content-Type.</param>
/// <param name="Size">Bytes.</param>
/// <param name="Sha256">The SHA-256 of the bytes, lower-case hex.</param>
public sealed record RecordedFile(string Field, string FileName, string ContentType, long Size, string Sha256)
{
    /// <summary>The record of an uploaded file.</summary>
    public static RecordedFile Of(UploadedFile file) =>
        new(file.Field, file.FileName, file.ContentType, file.Content.Length, Convert.ToHexStringLower(SHA256.HashData(file.Content)));
}
