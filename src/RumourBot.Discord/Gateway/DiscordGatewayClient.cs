using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using RumourBot.Discord.Models;

namespace RumourBot.Discord.Gateway;

/// <summary>
/// Gateway v10 over JSON: Hello, jittered heartbeats with zombie detection, Identify or Resume, READY and the
/// sequence, op 7 Reconnect, op 9 Invalid Session, every close code as Discord documents, and reconnects with
/// exponential backoff and jitter. Each dispatch is handed to <see cref="OnDispatch"/> once, in order, even
/// across a resume that replays events.
/// </summary>
public sealed partial class DiscordGatewayClient(GatewayOptions options, ILogger<DiscordGatewayClient> logger, TimeProvider time)
{
    private const int OpDispatch = 0, OpHeartbeat = 1, OpIdentify = 2, OpResume = 6, OpReconnect = 7, OpInvalidSession = 9, OpHello = 10, OpHeartbeatAck = 11;

    private DateTimeOffset _lastIdentify = DateTimeOffset.MinValue;

    /// <summary>Called for every dispatch, in order. Keep it quick: the next event waits for it.</summary>
    public Func<GatewayDispatch, CancellationToken, ValueTask>? OnDispatch { get; set; }

    public string? SessionId { get; private set; }
    public string? ResumeGatewayUrl { get; private set; }

    /// <summary>The last sequence number received; heartbeats and Resume send it.</summary>
    public int? Sequence { get; private set; }

    public int IdentifyCount { get; private set; }
    public int ResumeCount { get; private set; }

    /// <summary>Connects and stays connected until cancelled; throws <see cref="GatewayFatalException"/> on a fatal close.</summary>
    public async Task RunAsync(Uri gatewayUrl, CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var resume = SessionId is not null && ResumeGatewayUrl is not null && Sequence is not null;
            var target = resume ? new Uri(ResumeGatewayUrl!) : gatewayUrl;
            GatewayConnectionEnd end;
            try
            {
                end = await RunConnectionAsync(target, resume, cancellationToken);
            }
            catch (Exception error) when (cancellationToken.IsCancellationRequested
                && error is WebSocketException or IOException or OperationCanceledException)
            {
                return; // shutting down: the socket went with the cancellation
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested
                && error is WebSocketException or IOException or HttpRequestException or JsonException or OperationCanceledException)
            {
                LogConnectionLost(error.GetType().Name);
                end = new GatewayConnectionEnd(GatewayCloseAction.Resume, 1006, WasHealthy: false);
            }
            if (cancellationToken.IsCancellationRequested) break;

            if (end.Action == GatewayCloseAction.Fatal)
            {
                var reason = GatewayCloseCodes.Describe(end.CloseCode);
                LogFatalClose(end.CloseCode, reason);
                throw new GatewayFatalException(end.CloseCode, reason);
            }
            if (end.Action == GatewayCloseAction.Identify) ForgetSession();
            failures = end.WasHealthy ? 0 : failures + 1;
            var delay = end.ReconnectAtOnce ? TimeSpan.Zero : Backoff(failures);
            LogReconnecting(end.CloseCode, end.Action.ToString(), delay.TotalMilliseconds);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private async Task<GatewayConnectionEnd> RunConnectionAsync(Uri url, bool resume, CancellationToken cancellationToken)
    {
        await using var connection = new GatewayConnection(options.SendsPerMinute);
        using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        connectTimeout.CancelAfter(TimeSpan.FromSeconds(15));
        await connection.ConnectAsync(WithVersion(url), connectTimeout.Token);

        using var heartbeatStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = new HeartbeatState();
        Task? heartbeatLoop = null;
        var healthy = false;
        try
        {
            while (true)
            {
                GatewayPayload? payload;
                try
                {
                    payload = await connection.ReceiveAsync(cancellationToken);
                }
                catch (Exception) when (heartbeat.Zombie && !cancellationToken.IsCancellationRequested) // aborting the socket ends the read
                {
                    LogZombie();
                    return new GatewayConnectionEnd(GatewayCloseAction.Resume, 4000, healthy, ReconnectAtOnce: true);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    await connection.CloseAsync(WebSocketCloseStatus.NormalClosure, CancellationToken.None);
                    return new GatewayConnectionEnd(GatewayCloseAction.Resume, 1000, healthy);
                }
                if (payload is null)
                {
                    var code = connection.CloseCode ?? 1006;
                    return new GatewayConnectionEnd(GatewayCloseCodes.ActionFor(code), code, healthy);
                }

                switch (payload.OpCode)
                {
                    case OpHello:
                        var interval = TimeSpan.FromMilliseconds(payload.Data.GetProperty("heartbeat_interval").GetInt32());
                        heartbeatLoop = HeartbeatAsync(connection, interval, heartbeat, heartbeatStop.Token);
                        if (resume) await SendResumeAsync(connection, cancellationToken);
                        else await SendIdentifyAsync(connection, cancellationToken);
                        break;
                    case OpHeartbeatAck:
                        heartbeat.Acknowledged = true;
                        break;
                    case OpHeartbeat:
                        await SendHeartbeatAsync(connection, cancellationToken);
                        break;
                    case OpReconnect:
                        LogReconnectRequested();
                        connection.Abort();
                        return new GatewayConnectionEnd(GatewayCloseAction.Resume, 4000, WasHealthy: true, ReconnectAtOnce: true);
                    case OpInvalidSession:
                        var resumable = payload.Data.ValueKind == JsonValueKind.True;
                        LogInvalidSession(resumable);
                        if (!resumable)
                        {
                            await Task.Delay(RandomBetween(options.MinInvalidSessionDelay, options.MaxInvalidSessionDelay), time, cancellationToken);
                        }
                        connection.Abort();
                        return new GatewayConnectionEnd(resumable ? GatewayCloseAction.Resume : GatewayCloseAction.Identify, 4000, WasHealthy: true, ReconnectAtOnce: true);
                    case OpDispatch:
                        healthy |= await HandleDispatchAsync(payload, cancellationToken);
                        break;
                }
            }
        }
        finally
        {
            await heartbeatStop.CancelAsync();
            if (heartbeatLoop is not null)
            {
                try
                {
                    await heartbeatLoop;
                }
                catch (OperationCanceledException)
                {
                    // stopped with the connection
                }
            }
        }
    }

    // Returns true once the session is established (READY or RESUMED).
    private async Task<bool> HandleDispatchAsync(GatewayPayload payload, CancellationToken cancellationToken)
    {
        if (payload.Sequence is not { } sequence || payload.EventName is not { } name) return false;
        if (Sequence is { } last && sequence <= last && name != "READY") return false; // replayed twice: handled already
        Sequence = sequence;
        var established = false;
        if (name == "READY")
        {
            var ready = payload.Data.Deserialize(DiscordJsonContext.Default.ReadyData)!;
            SessionId = ready.SessionId;
            ResumeGatewayUrl = ready.ResumeGatewayUrl;
            established = true;
            LogReady(ready.User.Username, ready.SessionId);
        }
        else if (name == "RESUMED")
        {
            established = true;
            LogResumed(sequence);
        }
        if (OnDispatch is { } handler) await handler(new GatewayDispatch(name, sequence, payload.Data), cancellationToken);
        return established;
    }

    private async Task HeartbeatAsync(GatewayConnection connection, TimeSpan interval, HeartbeatState state, CancellationToken cancellationToken)
    {
        // The first beat is jittered so that a fleet of reconnecting bots does not beat in step.
        var delay = interval * Random.Shared.NextDouble();
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(delay, time, cancellationToken);
            if (!state.Acknowledged)
            {
                state.Zombie = true; // no ACK since the last beat: the connection is dead though the socket looks open
                connection.Abort();
                return;
            }
            state.Acknowledged = false;
            await SendHeartbeatAsync(connection, cancellationToken);
            delay = interval;
        }
    }

    private Task SendHeartbeatAsync(GatewayConnection connection, CancellationToken cancellationToken) =>
        connection.SendAsync(JsonSerializer.SerializeToUtf8Bytes(new OutgoingPayload<int?>(OpHeartbeat, Sequence), DiscordJsonContext.Default.OutgoingPayloadNullableInt32), cancellationToken);

    private async Task SendIdentifyAsync(GatewayConnection connection, CancellationToken cancellationToken)
    {
        var wait = _lastIdentify + options.IdentifySpacing - time.GetUtcNow();
        if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken);
        _lastIdentify = time.GetUtcNow();
        var identify = new IdentifyData(options.Token, (int)options.Intents,
            new IdentifyProperties(Environment.OSVersion.Platform.ToString().ToLowerInvariant(), options.LibraryName, options.LibraryName), options.Shard);
        await connection.SendAsync(JsonSerializer.SerializeToUtf8Bytes(new OutgoingPayload<IdentifyData>(OpIdentify, identify), DiscordJsonContext.Default.OutgoingPayloadIdentifyData), cancellationToken);
        IdentifyCount++;
    }

    private async Task SendResumeAsync(GatewayConnection connection, CancellationToken cancellationToken)
    {
        var resume = new ResumeData(options.Token, SessionId!, Sequence!.Value);
        await connection.SendAsync(JsonSerializer.SerializeToUtf8Bytes(new OutgoingPayload<ResumeData>(OpResume, resume), DiscordJsonContext.Default.OutgoingPayloadResumeData), cancellationToken);
        ResumeCount++;
    }

    private void ForgetSession()
    {
        SessionId = null;
        ResumeGatewayUrl = null;
        Sequence = null;
    }

    private TimeSpan Backoff(int failures)
    {
        var ceiling = Math.Min(options.MaxReconnectDelay.TotalMilliseconds, options.ReconnectBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, failures - 1)));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + Random.Shared.NextDouble() / 2));
    }

    private static TimeSpan RandomBetween(TimeSpan min, TimeSpan max) => min + (max - min) * Random.Shared.NextDouble();

    private static Uri WithVersion(Uri url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        return builder.Uri;
    }

    /// <summary>Shared between the receive loop (ACKs) and the heartbeat loop.</summary>
    private sealed class HeartbeatState
    {
        public volatile bool Acknowledged = true;
        public volatile bool Zombie;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway ready as {User} (session {SessionId})")]
    private partial void LogReady(string user, string sessionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway session resumed at sequence {Sequence}")]
    private partial void LogResumed(int sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway connection lost ({Reason})")]
    private partial void LogConnectionLost(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No heartbeat ACK since the last beat: reconnecting to resume")]
    private partial void LogZombie();

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord asked us to reconnect (op 7)")]
    private partial void LogReconnectRequested();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invalid session (resumable: {Resumable})")]
    private partial void LogInvalidSession(bool resumable);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway closed with {Code}; {Action} in {DelayMs} ms")]
    private partial void LogReconnecting(int code, string action, double delayMs);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Gateway closed with {Code}: {Reason}. Not reconnecting.")]
    private partial void LogFatalClose(int code, string reason);
}
