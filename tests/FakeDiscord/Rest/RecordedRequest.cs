using System.Text.Json;
using System.Text.Json.Nodes;
using FakeDiscord.Attachments;
using FakeDiscord.Support;

namespace FakeDiscord.Rest;

/// <summary>A REST request the fake received, as the conformance checker reads it (Authorization redacted).</summary>
/// <param name="Number">1 for the first request, then increasing in order of completion.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">The raw request target, e.g. <c>/api/v10/channels/1/messages/2/reactions/%E2%9C%85/@me</c>, with any query.</param>
/// <param name="Headers">Request headers; <c>Authorization</c> reads <c>Bot &lt;redacted&gt;</c>.</param>
/// <param name="Body">The JSON body, a JSON string holding a non-JSON body, or null.</param>
/// <param name="Status">The status the fake answered.</param>
/// <param name="Route">The matched route template (<c>POST /channels/{channel_id}/messages</c>), or null.</param>
/// <param name="CreatedMessageId">The message the request created (message create, interaction callback 4/5, follow-up).</param>
/// <param name="ReceivedAt">When it arrived, by the fake's clock.</param>
public sealed record RecordedRequest(
    int Number,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    JsonElement? Body,
    int Status,
    string? Route,
    ulong? CreatedMessageId,
    DateTimeOffset ReceivedAt)
{
    /// <summary>The rate-limit headers of the answer (<c>X-RateLimit-*</c>, <c>Retry-After</c>), for telling why a 429 came.</summary>
    public IReadOnlyDictionary<string, string> ResponseHeaders { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The files of a multipart request, in order. Such a request is recorded as Discord reads it: <see cref="Body"/>
    /// is its <c>payload_json</c> and the <c>Content-Type</c> header that part's type.
    /// </summary>
    public IReadOnlyList<RecordedFile> Files { get; init; } = [];

    /// <summary>The request's own Content-Type when it was multipart (<c>multipart/form-data; boundary=…</c>), else null.</summary>
    public string? MultipartContentType { get; init; }

    /// <summary>One JSONL line: <c>{"method","path","headers","body","status"}</c>, and <c>"files"</c> when it uploaded any.</summary>
    public string ToJsonLine()
    {
        var headers = new JsonObject();
        foreach (var (name, value) in Headers)
        {
            headers[name] = value;
        }

        var line = new JsonObject
        {
            ["method"] = Method,
            ["path"] = Path,
            ["headers"] = headers,
            ["body"] = Body is { } body ? JsonNode.Parse(body.GetRawText()) : null,
            ["status"] = Status,
        };
        if (Files.Count > 0)
        {
            line["files"] = new JsonArray(Files.Select(f => (JsonNode)new JsonObject
            {
                ["field"] = f.Field, ["filename"] = f.FileName, ["content_type"] = f.ContentType, ["size"] = f.Size, ["sha256"] = f.Sha256,
            }).ToArray());
        }

        return JsonDefaults.Serialize(line);
    }
}
