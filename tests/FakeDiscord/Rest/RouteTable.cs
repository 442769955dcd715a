using FakeDiscord.RateLimits;

namespace FakeDiscord.Rest;

/// <summary>
/// The REST routes, matched on the raw (still percent-encoded) path so that the emoji segment can be checked
/// exactly as sent. Literal segments beat parameters (<c>@me</c> over <c>{user_id}</c>, <c>@original</c> over
/// <c>{message_id}</c>).
/// </summary>
internal sealed class RouteTable
{
    private readonly List<RestRoute> _routes = [];

    public IReadOnlyList<RestRoute> Routes => _routes;

    public void Add(
        string method,
        string template,
        string bucket,
        Func<RateLimitOptions, RouteLimit> limit,
        Func<RestCall, Task<RestResult>> handler,
        RouteAuth auth = RouteAuth.Bot,
        bool globalExempt = false) =>
        _routes.Add(new RestRoute(method, template, bucket, limit, auth, globalExempt, handler));

    public RouteLookup Match(string method, IReadOnlyList<string> segments)
    {
        string? bestTemplate = null;
        var bestScore = -1L;
        Dictionary<string, string>? bestValues = null;
        foreach (var route in _routes)
        {
            if (route.Template == bestTemplate || !TryMatch(route, segments, out var score, out var values) || score <= bestScore)
            {
                continue;
            }

            bestTemplate = route.Template;
            bestScore = score;
            bestValues = values;
        }

        if (bestTemplate is null)
        {
            return new RouteLookup(null, new Dictionary<string, string>(), PathKnown: false);
        }

        var chosen = _routes.FirstOrDefault(r => r.Template == bestTemplate && r.Method == method);
        return new RouteLookup(chosen, bestValues!, PathKnown: true);
    }

    private static bool TryMatch(RestRoute route, IReadOnlyList<string> segments, out long score, out Dictionary<string, string> values)
    {
        score = 0;
        values = [];
        if (route.Segments.Length != segments.Count)
        {
            return false;
        }

        for (var i = 0; i < segments.Count; i++)
        {
            var part = route.Segments[i];
            if (part.StartsWith('{'))
            {
                if (segments[i].Length == 0)
                {
                    return false;
                }

                values[part[1..^1]] = segments[i];
            }
            else if (part == segments[i] || part == Uri.UnescapeDataString(segments[i]))
            {
                // Discord decodes the path: discord.js sends @original as %40original.
                score |= 1L << (segments.Count - i);
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
