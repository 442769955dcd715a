namespace FakeDiscord.RateLimits;

/// <summary>A fixed-window limit: at most <see cref="Limit"/> requests per <see cref="Window"/>, the window starting
/// at the first request after the previous one ended (as Discord's buckets behave).</summary>
/// <param name="Limit">Requests allowed per window.</param>
/// <param name="Window">Length of the window.</param>
/// <param name="Scope">What a 429 reports in <c>X-RateLimit-Scope</c>: "user" or "shared".</param>
public sealed record RouteLimit(int Limit, TimeSpan Window, string Scope = "user")
{
    /// <summary>A limit so high that it never triggers (headers are still sent).</summary>
    public static RouteLimit Unlimited { get; } = new(1_000_000, TimeSpan.FromSeconds(1));
}
