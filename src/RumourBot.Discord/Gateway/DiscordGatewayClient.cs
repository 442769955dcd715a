using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using RumourBot.Discord.Models;

namespace RumourBot.Discord.Gateway;

/// <summary>
/// Gateway v10 over JSON: Hello, jittered heartbeats with zombie detection, Identify (within the shared
/// <see cref="IdentifyLimiter"/>) or Resume, READY and the sequence, op 7 Reconnect, op 9 Invalid Session, every
/// close code as Discord documents, and reconnects with exponential backoff and jitter; a connection counts as
/// healthy (and resets the backoff) only once READY or RESUMED arrived on it. Each message is read in place from a
/// pooled buffer and each dispatch raised once, in order, even across a resume that replays events: as a typed
/// event on <see cref="Events"/>, and to <see cref="OnDispatch"/> if set.
/// </summary>
public sealed partial class DiscordGatewayClient
{
    private const int OpDispatch = 0, OpHeartbeat = 1, OpIdentify = 2, OpResume = 6, OpReconnect = 7, OpInvalidSession = 9, OpHello = 10, OpHeartbeatAck = 11;

    private readonly GatewayOptions options;
    private readonly ILogger<DiscordGatewayClient> logger;
    private readonly TimeProvider time;
    private readonly IdentifyLimiter _identifies;
    private readonly GatewayEventRaiser _raiser;

    /// <param name="options">Token, intents, shard and reconnect timings.</param>
    /// <param name="logger">Never given the token.</param>
    /// <param name="time">Heartbeats, backoff and identify spacing run on it.</param>
    /// <param name="identifies">The identify budget shared by every shard of the process; a client alone gets its own.</param>
    public DiscordGatewayClient(GatewayOptions options, ILogger<DiscordGatewayClient> logger, TimeProvider time, IdentifyLimiter? identifies = null)
    {
        this.options = options;
        this.logger = logger;
        this.time = time;
        _identifies = identifies ?? new IdentifyLimiter(options.IdentifySpacing, time);
        _raiser = new GatewayEventRaiser(Events, logger);
    }

    /// <summary>The dispatches the bot uses, as typed events.</summary>
    public GatewayEvents Events { get; } = new();

    /// <summary>
    /// Every dispatch with its data as a <see cref="System.Text.Json.JsonElement"/>, in order, for events the typed
    /// ones do not cover. Setting it costs a copy of each dispatch: leave it null where typed events suffice.
    /// </summary>
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
        var backoff = new ReconnectBackoff(options);
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
            var delay = backoff.After(end);
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
        var heartbeat = new GatewayHeartbeat(time);
        Task? heartbeatLoop = null, identifying = null;
        var healthy = false;
        try
        {
            while (true)
            {
                bool received;
                try
                {
                    received = await connection.ReceiveAsync(cancellationToken);
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
                if (!received)
                {
                    var code = connection.CloseCode ?? 1006;
                    return new GatewayConnectionEnd(GatewayCloseCodes.ActionFor(code), code, healthy);
                }

                // Read in place; the synchronous part raises typed events before the buffer is reused.
                var step = Handle(connection.Message);
                switch (step.OpCode)
                {
                    case OpHello:
                        heartbeatLoop = heartbeat.RunAsync(connection, TimeSpan.FromMilliseconds(step.HeartbeatInterval), SendHeartbeatAsync, heartbeatStop.Token);
                        if (resume) await SendResumeAsync(connection, cancellationToken);
                        // The identify budget may make it wait: meanwhile the loop still reads (op 7, op 1, a close).
                        else identifying = SendIdentifyAsync(connection, heartbeatStop.Token);
                        break;
                    case OpHeartbeatAck:
                        heartbeat.Acknowledge();
                        break;
                    case OpHeartbeat:
                        await SendHeartbeatAsync(connection, cancellationToken);
                        break;
                    case OpReconnect:
                        LogReconnectRequested();
                        connection.Abort();
                        return new GatewayConnectionEnd(GatewayCloseAction.Resume, 4000, healthy, ReconnectAtOnce: true);
                    case OpInvalidSession:
                        LogInvalidSession(step.Resumable);
                        if (!step.Resumable)
                        {
                            await Task.Delay(ReconnectBackoff.InvalidSessionDelay(options), time, cancellationToken);
                        }
                        connection.Abort();
                        return new GatewayConnectionEnd(step.Resumable ? GatewayCloseAction.Resume : GatewayCloseAction.Identify, 4000, healthy, ReconnectAtOnce: true);
                    case OpDispatch:
                        healthy |= step.Established;
                        if (step.Raw is { } raw && OnDispatch is { } handler) await handler(raw, cancellationToken);
                        break;
                }
            }
        }
        finally
        {
            await heartbeatStop.CancelAsync();
            foreach (var task in new[] { heartbeatLoop, identifying })
            {
                if (task is null) continue;
                try
                {
                    await task;
                }
                catch (Exception error) when (error is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
                {
                    // stopped with the connection
                }
            }
        }
    }

    /// <summary>What one message asks of the (asynchronous) connection loop.</summary>
    internal readonly record struct Step(int OpCode, int HeartbeatInterval = 0, bool Resumable = false, bool Established = false, GatewayDispatch? Raw = null);

    // Internal for the frame-to-event benchmark.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal Step Handle(ReadOnlySpan<byte> message)
    {
        var frame = GatewayFrameReader.ReadEnvelope(message);
        switch (frame.OpCode)
        {
            case OpHello:
                return new Step(OpHello, HeartbeatInterval: GatewayFrameReader.HeartbeatInterval(frame.Data));
            case OpInvalidSession:
                return new Step(OpInvalidSession, Resumable: frame.Data.StartsWith("true"u8));
            case OpDispatch:
                return HandleDispatch(frame);
            default:
                return new Step(frame.OpCode);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Step HandleDispatch(GatewayFrame frame)
    {
        if (frame.Sequence is not { } sequence || frame.EventName.IsEmpty) return new Step(OpDispatch);
        var kind = GatewayFrameReader.KindOf(frame.EventName);
        if (Sequence is { } last && sequence <= last && kind != GatewayEventKind.Ready) return new Step(OpDispatch); // replayed twice: handled already
        Sequence = sequence;
        var established = false;
        if (kind == GatewayEventKind.Ready)
        {
            var ready = GatewayFrameReader.ReadReady(frame.Data);
            SessionId = ready.SessionId;
            ResumeGatewayUrl = ready.ResumeGatewayUrl;
            established = true;
            LogReady(ready.User.Username, ready.SessionId);
            _raiser.Raise("READY", () => Events.Raise(ready));
        }
        else if (kind == GatewayEventKind.Resumed)
        {
            established = true;
            LogResumed(sequence);
            _raiser.Raise("RESUMED", Events.RaiseResumed);
        }
        else if (Events.Wants(kind))
        {
            _raiser.RaiseTyped(kind, frame.EventName, frame.Data);
        }
        var raw = OnDispatch is null ? null
            : new GatewayDispatch(GatewayFrameReader.NameOf(kind, frame.EventName), sequence, ToElement(frame.Data));
        return new Step(OpDispatch, Established: established, Raw: raw);
    }

    private static JsonElement ToElement(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty) return default;
        var reader = new Utf8JsonReader(data);
        return JsonElement.ParseValue(ref reader);
    }

    private Task SendHeartbeatAsync(GatewayConnection connection, CancellationToken cancellationToken) =>
        connection.SendAsync(JsonSerializer.SerializeToUtf8Bytes(new OutgoingPayload<int?>(OpHeartbeat, Sequence), DiscordJsonContext.Default.OutgoingPayloadNullableInt32), cancellationToken);

    private async Task SendIdentifyAsync(GatewayConnection connection, CancellationToken cancellationToken)
    {
        // Past the 5-second spacing, the day's budget is spent: wait for its reset, never burn it.
        await _identifies.WaitAsync(options.Shard is [var shardId, _] ? shardId : 0,
            wait => { if (wait > options.IdentifySpacing) LogIdentifyWait(wait); }, cancellationToken);
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

    private static Uri WithVersion(Uri url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        return builder.Uri;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Identify waits {Wait} for Discord's session start limit")]
    private partial void LogIdentifyWait(TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Gateway closed with {Code}: {Reason}. Not reconnecting.")]
    private partial void LogFatalClose(int code, string reason);
}
