using System.Globalization;
using System.Text.Json.Nodes;
using FakeDiscord.RateLimits;
using FakeDiscord.Support;
using Microsoft.AspNetCore.Http;

namespace FakeDiscord.Rest;

/// <summary>
/// How the pipeline's answer goes out as Discord's would: the status, Cloudflare's Server header, the rate-limit
/// headers of the decision taken (a global limit, or the route's bucket), and the body (JSON or Cloudflare's text).
/// </summary>
internal readonly record struct RestOutcome(RestResult Response, RestRoute? Route, RateLimitDecision? Decision, bool GlobalLimited)
{
    public static RestOutcome Plain(RestResult result) => new(result, null, null, false);

    public static RestResult RateLimited(TimeSpan retryAfter, bool global) =>
        new(429, new JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = SecondsRoundedUp(retryAfter),
            ["global"] = global,
            ["code"] = 0,
        });

    public static RestResult PlannedFailureResult(int status) => status switch
    {
        // Discord's 502/504 come from Cloudflare as HTML, not JSON; a client must cope with both.
        502 or 504 => new RestResult(status, null, "text/html", $"<html><head><title>{status} Bad Gateway</title></head>"
                                                                  + $"<body><center><h1>{status} Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>"),
        503 => new RestResult(status, null, "text/plain", "upstream connect error or disconnect/reset before headers. reset reason: overflow"),
        _ => RestResult.Error(status, DiscordErrorCode.General, $"{status}: {ReasonPhrases(status)}"),
    };

    private static string ReasonPhrases(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";

    public static async Task WriteAsync(HttpResponse response, RestOutcome outcome)
    {
        var result = outcome.Response;
        response.StatusCode = result.Status;
        response.Headers["Server"] = "cloudflare";
        if (outcome.GlobalLimited && outcome.Decision is { } global)
        {
            response.Headers["X-RateLimit-Global"] = "true";
            response.Headers["X-RateLimit-Scope"] = "global";
            response.Headers.RetryAfter = Seconds(global.ResetAfter);
        }
        else if (outcome.Decision is { } decision)
        {
            response.Headers["X-RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
            // Rounded up to the millisecond, like Reset-After: waiting until the advertised moment is always enough.
            var resetMilliseconds = Math.Ceiling((decision.ResetAt - DateTimeOffset.UnixEpoch).TotalMilliseconds);
            response.Headers["X-RateLimit-Reset"] = (resetMilliseconds / 1000.0).ToString("F3", CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Reset-After"] = SecondsRoundedUp(decision.ResetAfter).ToString("F3", CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Bucket"] = decision.BucketHash;
            if (result.Status == 429)
            {
                response.Headers["X-RateLimit-Scope"] = decision.Scope;
                response.Headers.RetryAfter = Seconds(decision.ResetAfter);
            }
        }

        if (result.Text is { } text)
        {
            response.ContentType = result.ContentType;
            await response.WriteAsync(text).ConfigureAwait(false);
        }
        else if (result.Body is { } json)
        {
            response.ContentType = "application/json";
            await response.WriteAsync(JsonDefaults.Serialize(json)).ConfigureAwait(false);
        }
    }

    /// <summary>Seconds with 3 decimals, rounded up so that waiting this long is always enough.</summary>
    private static double SecondsRoundedUp(TimeSpan wait) =>
        Math.Max(Math.Ceiling(wait.TotalMilliseconds), 1) / 1000.0;

    /// <summary>Retry-After in whole seconds, rounded up (as in the docs' example).</summary>
    private static string Seconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
