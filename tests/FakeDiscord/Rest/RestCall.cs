using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FakeDiscord.Rest;

/// <summary>What a route handler gets: the matched route, its path values, the query and the JSON body.</summary>
internal sealed class RestCall(
    RestRoute route,
    IReadOnlyDictionary<string, string> values,
    IQueryCollection query,
    JsonNode? body,
    bool hasBody,
    DateTimeOffset now)
{
    public RestRoute Route { get; } = route;

    public IQueryCollection Query { get; } = query;

    /// <summary>The parsed JSON body; null when none was sent or it was not JSON.</summary>
    public JsonNode? Body { get; } = body;

    /// <summary>Whether any body bytes were sent (JSON or not).</summary>
    public bool HasBody { get; } = hasBody;

    /// <summary>When the request arrived, by the fake's clock.</summary>
    public DateTimeOffset Now { get; } = now;

    /// <summary>A path value as sent (percent-encoded).</summary>
    public string Raw(string name) => values[name];

    /// <summary>A path value known to be a valid snowflake (checked before the handler runs).</summary>
    public ulong Id(string name) => ulong.Parse(values[name], NumberStyles.None, CultureInfo.InvariantCulture);

    public string Decoded(string name) => Uri.UnescapeDataString(values[name]);

    public bool IsTrue(string queryName) =>
        Query[queryName].ToString() is "true" or "True" or "1";
}
