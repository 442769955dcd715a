using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using RumourBot.Discord.Models;

namespace RumourBot.Discord.Rest;

/// <summary>
/// Discord REST v10 with its rate limits: buckets learned from X-RateLimit-* headers and keyed by bucket and major
/// parameter (idle ones dropped), the global limit (interaction routes exempt), 429s waited out (route, shared and
/// global scopes), 5xx and timeouts retried with backoff, other errors raised as <see cref="DiscordRestException"/>.
/// Discord's invalid-request limit is respected: 401/403/429 are counted (<see cref="InvalidRequests"/>), and
/// optional requests are withheld where Discord just refused them (<see cref="Refusals"/>) or when the count nears
/// the limit. The bucket bookkeeping is <see cref="RouteBuckets"/>', the reading of Discord's rate-limit headers
/// <see cref="RateLimitHeaders"/>'; this type sends, waits and retries.
/// </summary>
public sealed partial class DiscordRestClient
{
    private readonly HttpClient _http;
    private readonly DiscordRestOptions _options;
    private readonly ILogger<DiscordRestClient> _logger;
    private readonly TimeProvider _time;
    private readonly GlobalRateLimiter _global;
    private readonly RouteBuckets _buckets;

    public DiscordRestClient(HttpClient http, DiscordRestOptions options, ILogger<DiscordRestClient> logger, TimeProvider time)
    {
        _http = http;
        _options = options;
        _logger = logger;
        _time = time;
        _global = new GlobalRateLimiter(options.GlobalRequestsPerSecond, time);
        InvalidRequests = new InvalidRequestBudget(options.InvalidRequestSafeLimit, time);
        Refusals = new ChannelRefusals(options.RefusalLifetime, time);
        _buckets = new RouteBuckets(options, time);
    }

    /// <summary>401, 403 and 429 responses over the last 10 minutes, and the circuit breaker on them.</summary>
    public InvalidRequestBudget InvalidRequests { get; }

    /// <summary>Channels where Discord refused access or permission a moment ago.</summary>
    public ChannelRefusals Refusals { get; }

    /// <summary>Rate-limit buckets held in memory (idle ones are dropped); a bucket known by two keys counts once.</summary>
    internal int BucketCount => _buckets.Count;

    private DateTimeOffset _circuitLoggedAt = DateTimeOffset.MinValue;

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync(RestRoute.GatewayBot(), null, DiscordJsonContext.Default.GatewayBotInfo, cancellationToken)!;

    public Task<List<ApplicationCommand>?> OverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        SendAsync(guildId is null ? RestRoute.GlobalCommands(applicationId) : RestRoute.GuildCommands(applicationId, guildId),
            JsonSerializer.SerializeToUtf8Bytes(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand),
            DiscordJsonContext.Default.ListApplicationCommand, cancellationToken);

    public Task RespondToInteractionAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(RestRoute.InteractionCallback(interaction.Id, interaction.Token),
            JsonSerializer.SerializeToUtf8Bytes(response, DiscordJsonContext.Default.InteractionResponse), null, cancellationToken);

    public Task<Message?> EditOriginalResponseAsync(Interaction interaction, MessageBody body, CancellationToken cancellationToken) =>
        SendAsync(RestRoute.EditOriginal(interaction.ApplicationId, interaction.Token),
            JsonSerializer.SerializeToUtf8Bytes(body, DiscordJsonContext.Default.MessageBody), DiscordJsonContext.Default.Message, cancellationToken);

    public Task<Message?> CreateFollowUpAsync(Interaction interaction, MessageBody body, CancellationToken cancellationToken) =>
        SendAsync(RestRoute.FollowUp(interaction.ApplicationId, interaction.Token),
            JsonSerializer.SerializeToUtf8Bytes(body, DiscordJsonContext.Default.MessageBody), DiscordJsonContext.Default.Message, cancellationToken);

    public Task<Message?> CreateMessageAsync(string channelId, MessageBody body, CancellationToken cancellationToken) =>
        SendAsync(RestRoute.CreateMessage(channelId),
            JsonSerializer.SerializeToUtf8Bytes(body, DiscordJsonContext.Default.MessageBody), DiscordJsonContext.Default.Message, cancellationToken);

    public Task<Message?> EditMessageAsync(string channelId, string messageId, MessageBody body, CancellationToken cancellationToken) =>
        EditMessageAsync(channelId, messageId, body, RequestPriority.Essential, cancellationToken);

    /// <summary>Edits a message; a live update is <see cref="RequestPriority.Optional"/>, a final result essential.</summary>
    public Task<Message?> EditMessageAsync(string channelId, string messageId, MessageBody body, RequestPriority priority, CancellationToken cancellationToken) =>
        SendAsync(RestRoute.EditMessage(channelId, messageId),
            JsonSerializer.SerializeToUtf8Bytes(body, DiscordJsonContext.Default.MessageBody), DiscordJsonContext.Default.Message, priority, cancellationToken);

    public Task DeleteOriginalResponseAsync(Interaction interaction, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(RestRoute.DeleteOriginal(interaction.ApplicationId, interaction.Token), null, null, cancellationToken);

    public Task<Message?> GetOriginalResponseAsync(Interaction interaction, CancellationToken cancellationToken) =>
        SendAsync(RestRoute.GetOriginal(interaction.ApplicationId, interaction.Token), null, DiscordJsonContext.Default.Message, cancellationToken);

    /// <summary>Removes a member's reaction: optional (withheld where Discord just refused it, see <see cref="Refusals"/>).</summary>
    public Task DeleteUserReactionAsync(string channelId, string messageId, string emoji, string userId, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(RestRoute.DeleteUserReaction(channelId, messageId, emoji, userId), null, null, RequestPriority.Optional, cancellationToken);

    public Task AddOwnReactionAsync(string channelId, string messageId, string emoji, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(RestRoute.AddOwnReaction(channelId, messageId, emoji), null, null, cancellationToken);

    /// <summary>
    /// Everyone who reacted to a message with an emoji, reading pages of 100 (Discord's most) until one comes back short.
    /// </summary>
    public async Task<IReadOnlyList<DiscordUser>> GetAllReactionsAsync(string channelId, string messageId, string emoji, CancellationToken cancellationToken)
    {
        const int pageSize = 100;
        var users = new List<DiscordUser>();
        string? after = null;
        while (true)
        {
            var page = await SendAsync(RestRoute.GetReactions(channelId, messageId, emoji, after, pageSize), null,
                DiscordJsonContext.Default.ListDiscordUser, cancellationToken) ?? [];
            users.AddRange(page);
            if (page.Count < pageSize) return users;
            after = page[^1].Id; // pages are in user id order
        }
    }

    /// <summary>Sends one essential request, waiting for its bucket and the global limit, retrying what may be retried.</summary>
    public Task<T?> SendAsync<T>(RestRoute route, byte[]? jsonBody, JsonTypeInfo<T>? responseType, CancellationToken cancellationToken) =>
        SendAsync(route, jsonBody, null, responseType, RequestPriority.Essential, cancellationToken);

    /// <summary>
    /// Sends one request as <see cref="SendAsync{T}(RestRoute, byte[], JsonTypeInfo{T}, CancellationToken)"/>; an
    /// optional one throws <see cref="RequestWithheldException"/> instead of going where Discord would refuse it.
    /// </summary>
    public Task<T?> SendAsync<T>(RestRoute route, byte[]? jsonBody, JsonTypeInfo<T>? responseType, RequestPriority priority, CancellationToken cancellationToken) =>
        SendAsync(route, jsonBody, null, responseType, priority, cancellationToken);

    /// <summary>An essential request with files: the body goes as multipart/form-data (see <see cref="MultipartBody"/>).</summary>
    public Task<T?> SendAsync<T>(RestRoute route, byte[]? jsonBody, IReadOnlyList<FileAttachment>? files, JsonTypeInfo<T>? responseType, CancellationToken cancellationToken) =>
        SendAsync(route, jsonBody, files, responseType, RequestPriority.Essential, cancellationToken);

    /// <summary>The one way every request goes: optional ones may be withheld, files make the body multipart.</summary>
    public async Task<T?> SendAsync<T>(RestRoute route, byte[]? jsonBody, IReadOnlyList<FileAttachment>? files, JsonTypeInfo<T>? responseType, RequestPriority priority, CancellationToken cancellationToken)
    {
        if (priority == RequestPriority.Optional)
        {
            if (Refusals.Refuses(route)) throw new RequestWithheldException($"{route.Method.Method} {route.Template}", "Discord refused it in this channel a moment ago");
            if (InvalidRequests.IsTripped)
            {
                var now = _time.GetUtcNow();
                if (now - _circuitLoggedAt >= TimeSpan.FromMinutes(1))
                {
                    _circuitLoggedAt = now; // once a minute, not once per withheld request
                    LogCircuitOpen(route.Method.Method, route.Template, InvalidRequests.Count);
                }
                throw new RequestWithheldException($"{route.Method.Method} {route.Template}", "too many invalid requests lately");
            }
        }
        var rateLimitWaits = 0;
        for (var attempt = 1; ; attempt++)
        {
            var bucket = _buckets.For(route);
            await bucket.EnterAsync(cancellationToken);
            HttpResponseMessage? response = null;
            try
            {
                // Asked again once its turn came: a request queued behind the one Discord refused must not follow it.
                if (priority == RequestPriority.Optional && Refusals.Refuses(route))
                {
                    throw new RequestWithheldException($"{route.Method.Method} {route.Template}", "Discord refused it in this channel a moment ago");
                }
                var wait = bucket.WaitBeforeSending(_time.GetUtcNow());
                if (wait > TimeSpan.Zero) await Task.Delay(wait, _time, cancellationToken);
                if (!route.IsExemptFromGlobalLimit) await _global.WaitAsync(cancellationToken);

                try
                {
                    response = await SendOnceAsync(route, jsonBody, files, cancellationToken);
                }
                catch (Exception error) when (attempt < _options.MaxAttempts && error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    LogRetrying(route.Method.Method, route.Template, attempt, error.GetType().Name);
                    await Task.Delay(Backoff(attempt), _time, cancellationToken);
                    continue;
                }
                bucket.NoteSent();
                _buckets.Learn(route, bucket, response);
            }
            finally
            {
                bucket.Leave(_time.GetUtcNow());
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                // Discord counts these against the IP (a shared-scope 429 excepted).
                if (status is 401 or 403 || (status == 429 && RateLimitHeaders.Text(response, "X-RateLimit-Scope") != "shared")) InvalidRequests.Record();
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var retryAfter = await RateLimitHeaders.RetryAfterAsync(response, cancellationToken);
                    var scope = RateLimitHeaders.Text(response, "X-RateLimit-Scope") ?? "user";
                    LogRateLimited(route.Method.Method, route.Template, retryAfter.TotalSeconds, scope);
                    if (RateLimitHeaders.Text(response, "X-RateLimit-Global") == "true" || scope == "global") _global.PauseFor(retryAfter);
                    else _buckets.For(route).Exhaust(retryAfter, _time.GetUtcNow());
                    // The body was read for its retry_after: the error is made from what is known.
                    if (++rateLimitWaits >= _options.MaxRateLimitWaits)
                    {
                        throw new DiscordRestException(response.StatusCode, 0, $"still rate limited after {rateLimitWaits} waits", $"{route.Method.Method} {route.Template}");
                    }
                    attempt--; // a 429 waited out is not a failed attempt
                    continue;
                }
                if ((int)response.StatusCode >= 500 && attempt < _options.MaxAttempts)
                {
                    LogRetrying(route.Method.Method, route.Template, attempt, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
                    await Task.Delay(Backoff(attempt), _time, cancellationToken);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                {
                    var error = await ErrorAsync(route, response, cancellationToken);
                    if (status == 403) Refusals.Note(route, error.Code);
                    throw error;
                }
                Refusals.Succeeded(route);
                if (responseType is null || response.StatusCode == HttpStatusCode.NoContent) return default;
                await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
                return await JsonSerializer.DeserializeAsync(stream, responseType, cancellationToken);
            }
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(RestRoute route, byte[]? jsonBody, IReadOnlyList<FileAttachment>? files, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(route.Method, new Uri(_options.BaseUrl, route.Path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _options.Token);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        if (jsonBody is not null) request.Content = MultipartBody.Create(jsonBody, files);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
    }

    private static async Task<DiscordRestException> ErrorAsync(RestRoute route, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        DiscordError? error = null;
        try
        {
            error = await response.Content.ReadFromJsonAsync(DiscordJsonContext.Default.DiscordError, cancellationToken);
        }
        catch (JsonException)
        {
            // not Discord's JSON (a proxy's page): the status says enough
        }
        return new DiscordRestException(response.StatusCode, error?.Code ?? 0, error?.Message ?? response.ReasonPhrase ?? "", $"{route.Method.Method} {route.Template}");
    }

    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(8000, 250 * Math.Pow(2, attempt - 1)) * (0.5 + Random.Shared.NextDouble() / 2));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limited on {Method} {Route}: waiting {Seconds}s (scope {Scope})")]
    private partial void LogRateLimited(string method, string route, double seconds, string scope);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} invalid requests in 10 minutes: withholding optional requests such as {Method} {Route}")]
    private partial void LogCircuitOpen(string method, string route, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retrying {Method} {Route} after attempt {Attempt} failed ({Reason})")]
    private partial void LogRetrying(string method, string route, int attempt, string reason);
}
