using System.Globalization;
using System.Net.Http.Headers;
using RumourBot.Discord.Models;

namespace RumourBot.Discord.Rest;

/// <summary>
/// A request body with files, as Discord takes it: <c>multipart/form-data</c> with the JSON payload in a
/// <c>payload_json</c> part (application/json) and each file in a <c>files[n]</c> part with its file name and type.
/// Built anew for each attempt, since a sent <see cref="HttpContent"/> cannot be sent again.
/// </summary>
public static class MultipartBody
{
    /// <summary>The body of one attempt: plain JSON without files, multipart with them.</summary>
    public static HttpContent Create(byte[] json, IReadOnlyList<FileAttachment>? files)
    {
        if (files is not { Count: > 0 })
        {
            var plain = new ByteArrayContent(json);
            plain.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return plain;
        }

        var form = new MultipartFormDataContent();
        var payload = new ByteArrayContent(json);
        payload.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(payload, "payload_json");
        for (var i = 0; i < files.Count; i++)
        {
            var file = new ReadOnlyMemoryContent(files[i].Content);
            file.Headers.ContentType = new MediaTypeHeaderValue(files[i].ContentType);
            form.Add(file, "files[" + i.ToString(CultureInfo.InvariantCulture) + "]", files[i].FileName);
        }
        return form;
    }
}
