namespace FakeDiscord.Rest;

/// <summary>
/// Which requests a fault applies to: <c>"*"</c> for all, or <c>"[METHOD] /path"</c> where each segment is a
/// literal (matched against the route template or the actual value) or a wildcard (<c>*</c> or any <c>{name}</c>).
/// Examples: <c>"POST /channels/{channel_id}/messages"</c>, <c>"PATCH /channels/123/messages/*"</c>.
/// </summary>
internal sealed class RoutePattern
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];
    private readonly string? _method;
    private readonly string[]? _segments;

    private RoutePattern(string? method, string[]? segments)
    {
        _method = method;
        _segments = segments;
    }

    public static RoutePattern Parse(string pattern)
    {
        var text = pattern.Trim();
        if (text == "*")
        {
            return new RoutePattern(null, null);
        }

        string? method = null;
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && Methods.Contains(text[..space].ToUpperInvariant()))
        {
            method = text[..space].ToUpperInvariant();
            text = text[(space + 1)..].Trim();
        }

        if (text.IndexOf('?', StringComparison.Ordinal) is var query and >= 0)
        {
            text = text[..query];
        }

        if (text.StartsWith("/api/v10", StringComparison.Ordinal))
        {
            text = text["/api/v10".Length..];
        }

        return new RoutePattern(method, text.Trim('/').Split('/'));
    }

    public bool Matches(string method, RestRoute route, IReadOnlyList<string> rawSegments)
    {
        if (_method is not null && _method != method)
        {
            return false;
        }

        if (_segments is null)
        {
            return true;
        }

        if (_segments.Length != rawSegments.Count)
        {
            return false;
        }

        for (var i = 0; i < _segments.Length; i++)
        {
            var part = _segments[i];
            var matches = part == "*" || part.StartsWith('{') || part == route.Segments[i] || part == rawSegments[i]
                          || part == Uri.UnescapeDataString(rawSegments[i]);
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }
}
