namespace FakeDiscord.Rest;

/// <summary>The outcome of matching a path: a route with its parameter values, or why none fits.</summary>
internal sealed record RouteLookup(RestRoute? Route, IReadOnlyDictionary<string, string> Values, bool PathKnown);
