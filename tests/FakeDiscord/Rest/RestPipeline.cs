using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FakeDiscord.Attachments;
using FakeDiscord.RateLimits;
using FakeDiscord.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace FakeDiscord.Rest;

/// <summary>
/// Every REST request goes through here, in the order Discord's edge applies its checks: User-Agent (Cloudflare),
/// route, Authorization, body, path ids, the global limit, the route bucket, planned faults, then the handler.
/// The answer carries Discord's rate-limit headers and the request is recorded.
/// </summary>
internal sealed partial class RestPipeline(
    FakeDiscordOptions options,
    RouteTable routes,
    RateLimiter limiter,
    FaultInjector faults,
    RequestRecorder recorder,
    ILogger logger,
    AttachmentStore attachments)
{
    private const string Prefix = "/api/v10/";

    private static readonly HashSet<string> SnowflakeParameters =
    [
        "application_id", "guild_id", "channel_id", "message_id", "user_id", "interaction_id", "webhook_id",
    ];

    public static bool IsApiPath(string path) => path.StartsWith("/api/", StringComparison.Ordinal);

    public async Task HandleAsync(HttpContext http)
    {
        var receivedAt = options.TimeProvider.GetUtcNow();
        var target = RawTarget(http);
        var method = http.Request.Method.ToUpperInvariant();
        var headers = CaptureHeaders(http.Request.Headers);
        var body = await ReadBodyAsync(http.Request).ConfigureAwait(false);
        if (body.Multipart is { } multipart)
        {
            // Recorded as the checker reads it: the payload as the body, with the payload part's own Content-Type.
            headers["Content-Type"] = multipart.PayloadContentType;
        }

        Outcome outcome;
        try
        {
            outcome = await ProcessAsync(http, target, method, body, receivedAt).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.HandlerFailed(ex, method, target);
            outcome = new Outcome(RestResult.Error(500, DiscordErrorCode.General, "500: Internal Server Error"), null, null, false);
        }

        await WriteAsync(http.Response, outcome).ConfigureAwait(false);
        logger.Handled(method, target, outcome.Response.Status);
        await recorder.RecordAsync(new RecordedRequest(
            recorder.NextNumber(),
            method,
            target,
            headers,
            body.Recorded,
            outcome.Response.Status,
            outcome.Route is { } route ? $"{route.Method} {route.Template}" : null,
            outcome.Response.CreatedMessageId,
            receivedAt)
        {
            Files = body.Multipart?.Files.Select(RecordedFile.Of).ToList() ?? [],
            MultipartContentType = body.Multipart is null ? null : http.Request.ContentType,
            ResponseHeaders = http.Response.Headers
                .Where(h => h.Key.StartsWith("X-RateLimit-", StringComparison.OrdinalIgnoreCase) || h.Key == "Retry-After")
                .ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
        }).ConfigureAwait(false);
    }

    private async Task<Outcome> ProcessAsync(HttpContext http, string target, string method, RequestBody body, DateTimeOffset now)
    {
        if (!UserAgentPattern().IsMatch(http.Request.Headers.UserAgent.ToString()))
        {
            // Cloudflare turns away clients without a DiscordBot User-Agent before the API sees them.
            return Plain(RestResult.Error(403, DiscordErrorCode.InternalNetworkError, "internal network error"));
        }

        var question = target.IndexOf('?', StringComparison.Ordinal);
        var path = question >= 0 ? target[..question] : target;
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return Plain(RestResult.NotFound());
        }

        var segments = path[Prefix.Length..].Split('/');
        var lookup = routes.Match(method, segments);
        if (lookup.Route is not { } route)
        {
            return Plain(lookup.PathKnown ? RestResult.MethodNotAllowed() : RestResult.NotFound());
        }

        var authorization = http.Request.Headers.Authorization.ToString();
        var authorized = authorization == "Bot " + options.Token;
        if ((route.Auth == RouteAuth.Bot && !authorized)
            || (route.Auth == RouteAuth.Optional && authorization.Length > 0 && !authorized))
        {
            return new Outcome(RestResult.Unauthorized(), route, null, false);
        }

        if (body.Multipart is { } upload && (upload.FileBytes > options.MaxUploadBytes || upload.Problem is not null))
        {
            return new Outcome(upload.Problem is null
                ? RestResult.Error(413, DiscordErrorCode.RequestEntityTooLarge, "Request entity too large")
                : RestResult.Error(400, DiscordErrorCode.General, upload.Problem), route, null, false);
        }

        if (body.InvalidJson)
        {
            return new Outcome(
                RestResult.Error(400, DiscordErrorCode.InvalidJson, "The request body contains invalid JSON."), route, null, false);
        }

        foreach (var (name, value) in lookup.Values)
        {
            if (SnowflakeParameters.Contains(name) && !IsSnowflake(value))
            {
                return new Outcome(
                    RestResult.InvalidForm(name, "NUMBER_TYPE_COERCE", $"Value \"{Uri.UnescapeDataString(value)}\" is not snowflake."),
                    route, null, false);
            }
        }

        if (route.Auth == RouteAuth.Bot && !route.GlobalExempt)
        {
            var global = limiter.TakeGlobal();
            if (!global.Allowed)
            {
                return new Outcome(RateLimited(global.ResetAfter, global: true), route, global, true);
            }
        }

        var limit = route.Limit(options.RateLimits);
        var decision = limiter.TakeRoute(route.BucketHash, route.MajorKey(lookup.Values), limit);
        if (!decision.Allowed)
        {
            return new Outcome(RateLimited(decision.ResetAfter, global: false), route, decision, false);
        }

        var delay = faults.DelayFor(method, route, segments);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, options.TimeProvider).ConfigureAwait(false);
        }

        if (faults.TakeFailure(method, route, segments) is { } failure)
        {
            if (failure.Status == 429)
            {
                var exhausted = limiter.Exhausted(route.BucketHash, limit, failure.RetryAfter);
                return new Outcome(RateLimited(failure.RetryAfter, global: false), route, exhausted, false);
            }

            return new Outcome(PlannedFailureResult(failure.Status), route, decision, false);
        }

        var json = body.Json;
        if (body.Multipart is { Files.Count: > 0 } files && json is JsonObject payload)
        {
            var owner = lookup.Values.GetValueOrDefault("channel_id") ?? lookup.Values.GetValueOrDefault("webhook_id")
                ?? lookup.Values.GetValueOrDefault("interaction_id") ?? "0";
            var (withFiles, errors) = attachments.Apply(payload, files.Files, owner, $"{http.Request.Scheme}://{http.Request.Host}");
            if (!errors.IsEmpty)
            {
                return new Outcome(RestResult.InvalidForm(errors), route, decision, false);
            }

            json = withFiles;
        }

        var call = new RestCall(route, lookup.Values, http.Request.Query, json, body.Text.Length > 0, now);
        var result = await route.Handler(call).ConfigureAwait(false);
        return new Outcome(result, route, decision, false);
    }

    private static Outcome Plain(RestResult result) => new(result, null, null, false);

    private static RestResult RateLimited(TimeSpan retryAfter, bool global) =>
        new(429, new JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = SecondsRoundedUp(retryAfter),
            ["global"] = global,
            ["code"] = 0,
        });

    private static RestResult PlannedFailureResult(int status) => status switch
    {
        // Discord's 502/504 come from Cloudflare as HTML, not JSON; a client must cope with both.
        502 or 504 => new RestResult(status, null, "text/html", $"<html><head><title>{status} Bad Gateway</title></head>"
                                                                  + $"<body><center><h1>{status} Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>"),
        503 => new RestResult(status, null, "text/plain", "upstream connect error or disconnect/reset before headers. reset reason: overflow"),
        _ => RestResult.Error(status, DiscordErrorCode.General, $"{status}: {ReasonPhrases(status)}"),
    };

    private static string ReasonPhrases(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";

    private static async Task WriteAsync(HttpResponse response, Outcome outcome)
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

    private static string RawTarget(HttpContext http)
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

    private static Dictionary<string, string> CaptureHeaders(IHeaderDictionary headers)
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

    private static async Task<RequestBody> ReadBodyAsync(HttpRequest request)
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

    private static RequestBody ParseJson(string text, string? contentType)
    {
        if (text.Length == 0)
        {
            return new RequestBody(string.Empty, null, null, false);
        }

        if (contentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            // Without application/json Discord does not read the body as JSON.
            return new RequestBody(text, null, JsonSerializer.SerializeToElement(text), false);
        }

        try
        {
            var json = JsonNode.Parse(text);
            return new RequestBody(text, json, JsonDefaults.ToElement(json), false);
        }
        catch (JsonException)
        {
            return new RequestBody(text, null, JsonSerializer.SerializeToElement(text), true);
        }
    }

    private static bool IsSnowflake(string value) =>
        SnowflakePattern().IsMatch(value) && ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    [GeneratedRegex(@"^DiscordBot \((https?://[^\s,()]+), ([^\s,()][^,()]*)\)(\s.*)?$")]
    private static partial Regex UserAgentPattern();

    [GeneratedRegex("^(0|[1-9][0-9]*)$")]
    private static partial Regex SnowflakePattern();

    private readonly record struct RequestBody(string Text, JsonNode? Json, JsonElement? Recorded, bool InvalidJson)
    {
        public MultipartPayload? Multipart { get; init; }
    }

    private readonly record struct Outcome(RestResult Response, RestRoute? Route, RateLimitDecision? Decision, bool GlobalLimited);
}
