using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using FakeDiscord.Model;
using FakeDiscord.Rest;
using FakeDiscord.Support;
using Microsoft.AspNetCore.Http;

namespace FakeDiscord.Attachments;

/// <summary>
/// Keeps uploaded files and serves them like Discord's CDN (<c>GET /attachments/{channel_id}/{id}/{name}</c>). Turns
/// a multipart payload into the body Discord would act on: the <c>attachments</c> array filled in with each file's id,
/// size, type and URL, and <c>attachment://name</c> in embeds pointing at that URL.
/// </summary>
internal sealed class AttachmentStore(SnowflakeGenerator ids)
{
    private const string Prefix = "/attachments/";
    private readonly ConcurrentDictionary<string, StoredAttachment> _byPath = new(StringComparer.Ordinal);

    public static bool IsCdnPath(string path) => path.StartsWith(Prefix, StringComparison.Ordinal);

    public StoredAttachment? Find(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && _byPath.TryGetValue(uri.AbsolutePath, out var found) ? found : null;

    /// <summary>
    /// Stores the files and returns the body with attachments resolved, or form errors when the payload's
    /// <c>attachments</c> names a file index that was not uploaded.
    /// </summary>
    public (JsonObject Body, FormErrors Errors) Apply(JsonObject payload, IReadOnlyList<UploadedFile> files, string owner, string origin)
    {
        var body = (JsonObject)payload.DeepClone();
        // An interaction callback carries the message in "data"; everything else is the message itself.
        var message = body.ContainsKey("type") && body["data"] is JsonObject data ? data : body;
        var prefix = ReferenceEquals(message, body) ? "" : "data.";
        var errors = new FormErrors();
        var byIndex = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Field.StartsWith("files[", StringComparison.Ordinal) && file.Field.EndsWith(']'))
            {
                byIndex[file.Field[6..^1]] = file;
            }
        }

        var described = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var kept = new JsonArray();
        if (message["attachments"] is JsonArray listed)
        {
            for (var i = 0; i < listed.Count; i++)
            {
                if (listed[i] is not JsonObject entry || (JsonRead.GetString(entry["id"]) ?? entry["id"]?.ToJsonString()) is not { } id)
                {
                    errors.Required($"{prefix}attachments.{i}.id");
                    continue;
                }

                if (byIndex.ContainsKey(id))
                {
                    described[id] = entry;
                }
                else if (id.Length < 10)
                {
                    // A small number is a files[n] index; that file was not sent.
                    errors.Add($"{prefix}attachments.{i}.id", "ATTACHMENT_NOT_FOUND", $"Attachment data not found for id {id}.");
                }
                else
                {
                    kept.Add(entry.DeepClone()); // an attachment the message already has
                }
            }
        }

        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (index, file) in byIndex.OrderBy(f => int.TryParse(f.Key, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue))
        {
            var entry = described.GetValueOrDefault(index);
            var name = JsonRead.GetString(entry?["filename"]) ?? file.FileName;
            var id = ids.Next();
            var path = $"{Prefix}{owner}/{id}/{Uri.EscapeDataString(name)}";
            var stored = new StoredAttachment(id, name, file.ContentType, file.Content, origin + path);
            _byPath[path] = stored;
            urls[name] = stored.Url;
            var attachment = new JsonObject
            {
                ["id"] = DiscordObjects.Id(id),
                ["filename"] = name,
                ["size"] = file.Content.Length,
                ["url"] = stored.Url,
                ["proxy_url"] = stored.Url,
                ["content_type"] = file.ContentType,
            };
            if (JsonRead.GetString(entry?["description"]) is { } description)
            {
                attachment["description"] = description;
            }

            if (PngSize(file.Content) is var (width, height))
            {
                attachment["width"] = width;
                attachment["height"] = height;
            }

            kept.Add(attachment);
        }

        if (message.ContainsKey("attachments") || kept.Count > 0)
        {
            message["attachments"] = kept;
        }

        foreach (var embed in (message["embeds"] as JsonArray ?? []).OfType<JsonObject>())
        {
            foreach (var slot in new[] { "image", "thumbnail" })
            {
                if (embed[slot] is JsonObject media && JsonRead.GetString(media["url"]) is { } url
                    && url.StartsWith("attachment://", StringComparison.Ordinal) && urls.TryGetValue(url["attachment://".Length..], out var resolved))
                {
                    media["url"] = resolved;
                    media["proxy_url"] = resolved;
                }
            }
        }

        return (body, errors);
    }

    /// <summary>Serves a stored file, or 404 as the CDN does.</summary>
    public async Task ServeAsync(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method) || !_byPath.TryGetValue(http.Request.Path.ToUriComponent(), out var file))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = file.ContentType;
        http.Response.ContentLength = file.Content.Length;
        await http.Response.Body.WriteAsync(file.Content).ConfigureAwait(false);
    }

    // A PNG's IHDR holds its width and height right after the signature; Discord reports them for images.
    private static (int Width, int Height)? PngSize(byte[] content) =>
        content.Length >= 24 && content[1] == (byte)'P' && content[2] == (byte)'N' && content[3] == (byte)'G'
            ? (BinaryPrimitives.ReadInt32BigEndian(content.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(content.AsSpan(20)))
            : null;
}
