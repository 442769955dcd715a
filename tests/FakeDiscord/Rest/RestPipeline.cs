using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FakeDiscord.Attachments;
using FakeDiscord.RateLimits;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FakeDiscord.Rest;

/// <summary>
/// Every REST request goes through here, in the order Discord's edge applies its checks: User-Agent (Cloudflare),
/// route, Authorization, body, path ids, the global limit, the route bucket, planned faults, then the handler.
/// The answer carries Discord's rate-limit headers (<see cref="RestOutcome"/>) and the request, as read by
/// <see cref="IncomingRequest"/>, is recorded.
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
        var target = IncomingRequest.RawTarget(http);
        var method = http.Request.Method.ToUpperInvariant();
        var headers = IncomingRequest.CaptureHeaders(http.Request.Headers);
        var body = await IncomingRequest.ReadBodyAsync(http.Request).ConfigureAwait(false);
        if (body.Multipart is { } multipart)
        {
            // Recorded as the checker reads it: the payload as the body, with the payload part's own Content-Type.
            headers["Content-Type"] = multipart.PayloadContentType;
        }

        RestOutcome outcome;
        try
        {
            outcome = await ProcessAsync(http, target, method, body, receivedAt).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.HandlerFailed(ex, method, target);
            outcome = new RestOutcome(RestResult.Error(500, DiscordErrorCode.General, "500: Internal Server Error"), null, null, false);
        }

        await RestOutcome.WriteAsync(http.Response, outcome).ConfigureAwait(false);
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

    private async Task<RestOutcome> ProcessAsync(HttpContext http, string target, string method, IncomingRequest body, DateTimeOffset now)
    {
        if (!UserAgentPattern().IsMatch(http.Request.Headers.UserAgent.ToString()))
        {
            // Cloudflare turns away clients without a DiscordBot User-Agent before the API sees them.
            return RestOutcome.Plain(RestResult.Error(403, DiscordErrorCode.InternalNetworkError, "internal network error"));
        }

        var question = target.IndexOf('?', StringComparison.Ordinal);
        var path = question >= 0 ? target[..question] : target;
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return RestOutcome.Plain(RestResult.NotFound());
        }

        var segments = path[Prefix.Length..].Split('/');
        var lookup = routes.Match(method, segments);
        if (lookup.Route is not { } route)
        {
            return RestOutcome.Plain(lookup.PathKnown ? RestResult.MethodNotAllowed() : RestResult.NotFound());
        }

        var authorization = http.Request.Headers.Authorization.ToString();
        var authorized = authorization == "Bot " + options.Token;
        if ((route.Auth == RouteAuth.Bot && !authorized)
            || (route.Auth == RouteAuth.Optional && authorization.Length > 0 && !authorized))
        {
            return new RestOutcome(RestResult.Unauthorized(), route, null, false);
        }

        if (body.Multipart is { } upload && (upload.FileBytes > options.MaxUploadBytes || upload.Problem is not null))
        {
            return new RestOutcome(upload.Problem is null
                ? RestResult.Error(413, DiscordErrorCode.RequestEntityTooLarge, "Request entity too large")
                : RestResult.Error(400, DiscordErrorCode.General, upload.Problem), route, null, false);
        }

        if (body.InvalidJson)
        {
            return new RestOutcome(
                RestResult.Error(400, DiscordErrorCode.InvalidJson, "The request body contains invalid JSON."), route, null, false);
        }

        foreach (var (name, value) in lookup.Values)
        {
            if (SnowflakeParameters.Contains(name) && !IsSnowflake(value))
            {
                return new RestOutcome(
                    RestResult.InvalidForm(name, "NUMBER_TYPE_COERCE", $"Value \"{Uri.UnescapeDataString(value)}\" is not snowflake."),
                    route, null, false);
            }
        }

        if (route.Auth == RouteAuth.Bot && !route.GlobalExempt)
        {
            var global = limiter.TakeGlobal();
            if (!global.Allowed)
            {
                return new RestOutcome(RestOutcome.RateLimited(global.ResetAfter, global: true), route, global, true);
            }
        }

        var limit = route.Limit(options.RateLimits);
        var decision = limiter.TakeRoute(route.BucketHash, route.MajorKey(lookup.Values), limit);
        if (!decision.Allowed)
        {
            return new RestOutcome(RestOutcome.RateLimited(decision.ResetAfter, global: false), route, decision, false);
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
                return new RestOutcome(RestOutcome.RateLimited(failure.RetryAfter, global: false), route, exhausted, false);
            }

            return new RestOutcome(RestOutcome.PlannedFailureResult(failure.Status), route, decision, false);
        }

        var json = body.Json;
        if (body.Multipart is { Files.Count: > 0 } files && json is JsonObject payload)
        {
            var owner = lookup.Values.GetValueOrDefault("channel_id") ?? lookup.Values.GetValueOrDefault("webhook_id")
                ?? lookup.Values.GetValueOrDefault("interaction_id") ?? "0";
            var (withFiles, errors) = attachments.Apply(payload, files.Files, owner, $"{http.Request.Scheme}://{http.Request.Host}");
            if (!errors.IsEmpty)
            {
                return new RestOutcome(RestResult.InvalidForm(errors), route, decision, false);
            }

            json = withFiles;
        }

        var call = new RestCall(route, lookup.Values, http.Request.Query, json, body.Text.Length > 0, now);
        var result = await route.Handler(call).ConfigureAwait(false);
        return new RestOutcome(result, route, decision, false);
    }

    private static bool IsSnowflake(string value) =>
        SnowflakePattern().IsMatch(value) && ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    [GeneratedRegex(@"^DiscordBot \((https?://[^\s,()]+), ([^\s,()][^,()]*)\)(\s.*)?$")]
    private static partial Regex UserAgentPattern();

    [GeneratedRegex("^(0|[1-9][0-9]*)$")]
    private static partial Regex SnowflakePattern();
}
