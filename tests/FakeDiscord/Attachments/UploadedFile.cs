namespace FakeDiscord.Attachments;

/// <summary>One file part of a multipart request, as received.</summary>
/// <param name="Field">The form field, e.g. <c>files[0]</c>.</param>
/// <param name="FileName">The file name the client gave.</param>
/// <param name="ContentType">The part's Content-Type, or <c>application/octet-stream</c> when it gave none.</param>
/// <param name="Content">The bytes.</param>
public sealed record UploadedFile(string Field, string FileName, string ContentType, byte[] Content);
