using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FakeDiscord.Attachments;
using FakeDiscord.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace FakeDiscord.Rest;

/// <summary>
/// What a REST request brought, read once for the pipeline and the recording: the raw target, the headers (the
/// token redacted) and the body (JSON, text, or a multipart payload with files).
/// </summary>
internal readonly record struct IncomingRequest(string Text, JsonNode? Json, JsonElement? Recorded, bool InvalidJson)
{
    public MultipartPayload? Multipart { get; init; }

    public static string RawTarget(HttpContext http)
    {
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(raw))
        {
            return http.Request.Path.ToUriComponent() + http.Request.QueryString.ToUriComponent();
        }

        return Uri.TryCreate(raw, UriKind.Absolute, out var absolute) && raw.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            ? absolute.PathAndQuery
            : raw;
    }

    public static Dictionary<string, string> CaptureHeaders(IHeaderDictionary headers)
    {
        var captured = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            captured[name] = name.Equals("Authorization", StringComparison.OrdinalIgnoreCase) ? Redact(value.ToString()) : value.ToString();
        }

        return captured;
    }

    /// <summary>Keeps the scheme so the checker still sees "Bot x"; never the token itself.</summary>
    private static string Redact(string authorization)
    {
        var space = authorization.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? authorization[..space] + " <redacted>" : "<redacted>";
    }

    public static async Task<IncomingRequest> ReadBodyAsync(HttpRequest request)
    {
        if (MultipartPayload.IsMultipart(request))
        {
            var multipart = await MultipartPayload.ReadAsync(request).ConfigureAwait(false);
            return ParseJson(multipart.PayloadJson, multipart.PayloadContentType) with { Multipart = multipart };
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync().ConfigureAwait(false);
        return ParseJson(text, request.ContentType);
    }

    private static IncomingRequest ParseJson(string text, string? contentType)
    {
        if (text.Length == 0)
        {
            return new IncomingRequest(string.Empty, null, null, false);
        }

        if (contentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            // Without application/json Discord does not read the body as JSON.
            return new IncomingRequest(text, null, JsonSerializer.SerializeToElement(text), false);
        }

        try
        {
            var json = JsonNode.Parse(text);
            return new IncomingRequest(text, json, JsonDefaults.ToElement(json), false);
        }
        catch (JsonException)
        {
            return new IncomingRequest(text, null, JsonSerializer.SerializeToElement(text), true);
        }
    }
}
