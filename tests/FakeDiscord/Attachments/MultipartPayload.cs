using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace FakeDiscord.Attachments;

/// <summary>
/// A <c>multipart/form-data</c> request body as Discord reads it: the JSON in the <c>payload_json</c> part (or, failing
/// that, in plain form fields, which the bot never sends) and every part with a file name as an uploaded file.
/// </summary>
internal sealed record MultipartPayload(string PayloadJson, string PayloadContentType, IReadOnlyList<UploadedFile> Files, long FileBytes, string? Problem)
{
    public static bool IsMultipart(HttpRequest request) =>
        request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;

    public static async Task<MultipartPayload> ReadAsync(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return new MultipartPayload(string.Empty, "application/json", [], 0, "multipart body without a boundary");
        }

        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null };
        var payload = string.Empty;
        var payloadType = "application/json";
        var files = new List<UploadedFile>();
        long bytes = 0;
        try
        {
            while (await reader.ReadNextSectionAsync().ConfigureAwait(false) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                var field = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                using var content = new MemoryStream();
                await section.Body.CopyToAsync(content).ConfigureAwait(false);
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                if (!string.IsNullOrEmpty(fileName))
                {
                    files.Add(new UploadedFile(field, fileName, section.ContentType ?? "application/octet-stream", content.ToArray()));
                    bytes += content.Length;
                }
                else if (field == "payload_json")
                {
                    payload = Encoding.UTF8.GetString(content.ToArray());
                    payloadType = section.ContentType ?? "application/json";
                }
            }
        }
        catch (IOException error)
        {
            return new MultipartPayload(payload, payloadType, files, bytes, "malformed multipart body: " + error.Message);
        }

        return new MultipartPayload(payload, payloadType, files, bytes, null);
    }
}
