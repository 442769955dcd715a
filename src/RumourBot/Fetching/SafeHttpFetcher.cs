using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RumourBot.Commands;

namespace RumourBot.Fetching;

/// <summary>
/// Fetches a feed or an article from a URL someone else chose, safely: http and https only; every connection,
/// redirects included, checked by <see cref="GuardedConnection"/> against the <see cref="AddressPolicy"/>; at most
/// <see cref="MaxRedirects"/> redirects, followed here so each hop's scheme is checked again; at most
/// <see cref="MaxBodyBytes"/> of body, reading stopped at the cap; at most <see cref="TimeLimit"/> for everything.
/// Nothing is thrown for what a URL can do: every refusal and failure is a <see cref="FetchResult"/>.
/// </summary>
public sealed partial class SafeHttpFetcher(IHttpClientFactory clients, TimeProvider time, ILogger<SafeHttpFetcher> logger, IOptions<LimitOptions>? limits = null)
{
    // At most so many fetches in flight for the whole bot, the rest waiting in arrival order: a flood of submits and
    // feeds cannot open sockets without end. The wait counts towards nobody's time limit.
    private readonly ConcurrencyLimiter _inFlight = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = (limits?.Value ?? new LimitOptions()).ConcurrentFetches,
        QueueLimit = (limits?.Value ?? new LimitOptions()).FetchQueue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>The name of the <see cref="HttpClient"/> whose handler is <see cref="GuardedConnection"/>.</summary>
    public const string ClientName = "safe-fetch";

    public const int MaxBodyBytes = 2 * 1024 * 1024;
    public const int MaxRedirects = 5;
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);

    private const string UserAgent = "RumourBot/1.0 (transfer rumour bot for Discord)";

    /// <summary>
    /// Every refusal reads the same, whatever was refused (an address, a port, a scheme a redirect led to): a reply
    /// that told them apart would let a member map which hosts and ports exist behind the bot.
    /// </summary>
    public static string RefusalFor(Uri url) =>
        $"{url.Host} cannot be fetched: the bot only fetches public web addresses (http and https, ports 80 and 443).";

    public async Task<FetchResult> FetchAsync(Uri url, string accept, FetchConditions? conditions, CancellationToken cancellationToken)
    {
        using var turn = await _inFlight.AcquireAsync(1, cancellationToken);
        if (!turn.IsAcquired)
        {
            LogFetchFailed(url.Host, FetchOutcome.Busy);
            return new FetchResult(FetchOutcome.Busy, url, "The bot is fetching a great many pages just now; try again in a minute.");
        }
        return await FetchInTurnAsync(url, accept, conditions, cancellationToken);
    }

    private async Task<FetchResult> FetchInTurnAsync(Uri url, string accept, FetchConditions? conditions, CancellationToken cancellationToken)
    {
        // The time limit runs on the injected clock, so tests can pass ten seconds without waiting for them.
        using var limit = new CancellationTokenSource(TimeLimit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        var client = clients.CreateClient(ClientName);
        var current = url;
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                if (!WebLink.IsWebScheme(current))
                {
                    return Refused(url, current, FetchOutcome.Blocked, RefusalFor(url));
                }
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.UserAgent.ParseAdd(UserAgent);
                request.Headers.Accept.ParseAdd(accept);
                if (conditions?.ETag is { Length: > 0 } etag && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
                if (conditions?.LastModified is { } since) request.Headers.IfModifiedSince = since;

                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
                var status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308)
                {
                    if (response.Headers.Location is not { } location)
                    {
                        return new FetchResult(FetchOutcome.HttpError, current, $"{current.Host} answered {status} with nowhere to go.") { StatusCode = status };
                    }
                    if (redirects == MaxRedirects)
                    {
                        return Refused(url, current, FetchOutcome.TooManyRedirects, $"{url.Host} redirected more than {MaxRedirects} times.");
                    }
                    current = WebLink.WithoutFragment(location.IsAbsoluteUri ? location : new Uri(current, location));
                    continue;
                }
                if (response.StatusCode == HttpStatusCode.NotModified)
                {
                    return new FetchResult(FetchOutcome.NotModified, current) { StatusCode = status, ETag = conditions?.ETag, LastModified = conditions?.LastModified };
                }
                if (!response.IsSuccessStatusCode)
                {
                    // The reason phrase is the server's own text: kept short, since it ends up in a reply.
                    var reason = response.ReasonPhrase is { Length: > 0 } phrase ? " " + phrase[..Math.Min(phrase.Length, 60)] : "";
                    return new FetchResult(FetchOutcome.HttpError, current, $"{current.Host} answered {status}{reason}.") { StatusCode = status };
                }
                return await ReadBodyAsync(url, current, response, linked.Token);
            }
        }
        catch (HttpRequestException error) when (Blocked(error) is { } blocked)
        {
            LogRefusedAddress(url.Host, blocked.Message);
            return Refused(url, current, FetchOutcome.Blocked, RefusalFor(url));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Our limit on the injected clock, or the client's real-clock backstop: either way, too slow.
            LogFetchFailed(url.Host, FetchOutcome.TimedOut);
            return new FetchResult(FetchOutcome.TimedOut, current, $"{current.Host} took longer than {TimeLimit.TotalSeconds:0} seconds.");
        }
        catch (HttpRequestException)
        {
            LogFetchFailed(url.Host, FetchOutcome.NetworkError);
            // Not the error's own text: "connection refused" against "no route" would tell open ports from closed.
            return new FetchResult(FetchOutcome.NetworkError, current, $"Could not reach {url.Host}.");
        }
        catch (Exception error) when (error is IOException or InvalidDataException)
        {
            // The connection broke mid-body, or the body was not the compression it claimed.
            LogFetchFailed(url.Host, FetchOutcome.NetworkError);
            return new FetchResult(FetchOutcome.NetworkError, current, $"The answer from {url.Host} broke off.");
        }
    }

    private async Task<FetchResult> ReadBodyAsync(Uri url, Uri current, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var headers = response.Content.Headers;
        var tooLarge = $"{current.Host} sent more than {MaxBodyBytes / 1024 / 1024} MB; the bot reads at most that.";
        if (headers.ContentLength > MaxBodyBytes) return Refused(url, current, FetchOutcome.TooLarge, tooLarge);

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var body = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (body.Length + read > MaxBodyBytes) return Refused(url, current, FetchOutcome.TooLarge, tooLarge);
                body.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return new FetchResult(FetchOutcome.Fetched, current)
        {
            StatusCode = (int)response.StatusCode,
            Body = body.ToArray(),
            MediaType = headers.ContentType?.MediaType,
            Charset = headers.ContentType?.CharSet,
            ETag = response.Headers.ETag?.ToString(),
            LastModified = headers.LastModified,
        };
    }

    private FetchResult Refused(Uri url, Uri current, FetchOutcome outcome, string problem)
    {
        LogFetchFailed(url.Host, outcome);
        return new FetchResult(outcome, current, problem);
    }

    private static BlockedAddressException? Blocked(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is BlockedAddressException blocked) return blocked;
        }
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A fetch from {Host} was refused: {Why}")]
    private partial void LogRefusedAddress(string host, string why);

    // The host only: a feed's path or query can carry a private token.
    [LoggerMessage(Level = LogLevel.Information, Message = "A fetch from {Host} ended {Outcome}")]
    private partial void LogFetchFailed(string host, FetchOutcome outcome);
}
