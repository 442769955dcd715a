using System.Text.Json.Nodes;
using FakeDiscord.Model;
using FakeDiscord.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FakeDiscord.Gateway;

/// <summary>
/// The gateway side of the fake: accepts WebSockets, runs Hello/heartbeat/Identify/Resume exactly as the docs
/// describe, owns the sessions and lets tests inject events and faults. Its parts: <see cref="ConnectionRunner"/>
/// (one connection's payloads), <see cref="SessionStart"/> (Identify and Resume), <see cref="ShardSessions"/> (which
/// session serves a shard), <see cref="DispatchRouter"/> (where an event goes, or why not) and
/// <see cref="ConnectionLifecycle"/> (what happened to each connection, and closing one).
/// </summary>
internal sealed class GatewayHub
{
    private const string ResumePath = "/gateway-resume";
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly List<GatewayConnection> _open = [];
    private readonly ShardSessions _sessions = new();
    private readonly ConnectionLifecycle _lifecycle;
    private readonly DispatchRouter _router;
    private readonly SessionStart _sessionStart;
    private readonly ConnectionRunner _runner;
    private GatewayConnection? _latest;
    private int _connectionCount;

    public GatewayHub(FakeDiscordOptions options, GuildDirectory directory, ILogger logger)
    {
        _time = options.TimeProvider;
        _logger = logger;
        _lifecycle = new ConnectionLifecycle(_time, logger);
        _router = new DispatchRouter(directory, _sessions, _time, logger);
        _sessionStart = new SessionStart(options, directory, _sessions, _lifecycle, () => ResumeUrl, logger);
        _runner = new ConnectionRunner(options, _sessionStart, _lifecycle, logger);
    }

    /// <summary>ws://127.0.0.1:PORT/gateway, known once the server listens.</summary>
    public string GatewayUrl { get; set; } = string.Empty;

    public string ResumeUrl => GatewayUrl.Replace("/gateway", ResumePath, StringComparison.Ordinal);

    public WatchableList<ReceivedGatewayPayload> Payloads => _runner.Payloads;

    public WatchableList<GatewayLifecycleEvent> Lifecycle => _lifecycle.Events;

    /// <summary>Events the fake did not deliver because Discord would not have (intents, membership, no shard).</summary>
    public WatchableList<DroppedDispatch> Dropped => _router.Dropped;

    public int IdentifyCount => _sessionStart.IdentifyCount;

    public int ResumeCount => _sessionStart.ResumeCount;

    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    public GatewaySession? CurrentSession => _sessions.Current;

    public static bool IsGatewayPath(string path) =>
        path is "/gateway" or "/gateway/" or ResumePath or ResumePath + "/";

    public async Task AcceptAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsync("Expected a WebSocket upgrade.").ConfigureAwait(false);
            return;
        }

        var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var path = http.Request.Path.Value!.TrimEnd('/');
        GatewayConnection connection;
        lock (_gate)
        {
            connection = new GatewayConnection(++_connectionCount, path, socket, _time);
            _open.Add(connection);
            _latest = connection;
        }

        _logger.ConnectionOpened(connection.Number, path);
        _lifecycle.Add(GatewayLifecycle.Connected, connection);
        using (connection)
        {
            try
            {
                await _runner.RunAsync(connection, http.Request.Query).ConfigureAwait(false);
            }
            finally
            {
                lock (_gate)
                {
                    _open.Remove(connection);
                }

                connection.Session?.Detach(connection);
            }
        }
    }

    public async Task<GatewaySession> WaitForSessionAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var (ready, _) = await Lifecycle.WaitAsync(
            e => e.Kind is GatewayLifecycle.Ready or GatewayLifecycle.Resumed
                 && CurrentSession is { IsConnected: true, IsInvalidated: false } current
                 && current.SessionId == e.SessionId,
            0, timeout, cancellationToken).ConfigureAwait(false);
        return _sessions.Get(ready.SessionId!);
    }

    public async Task<GatewayLifecycleEvent> WaitForLifecycleAsync(
        GatewayLifecycle kind, int occurrence, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var seen = 0;
        var (found, _) = await Lifecycle.WaitAsync(e => e.Kind == kind && ++seen == occurrence, 0, timeout, cancellationToken)
            .ConfigureAwait(false);
        return found;
    }

    /// <inheritdoc cref="DispatchRouter.DispatchAsync"/>
    public Task<int> DispatchAsync(string eventName, JsonNode? data) => _router.DispatchAsync(eventName, data);

    /// <inheritdoc cref="DispatchRouter.PublishAsync"/>
    public Task PublishAsync(string eventName, ulong? guildId, long intent, Func<long, JsonNode> build) =>
        _router.PublishAsync(eventName, guildId, intent, build);

    /// <summary>The live session whose shard holds the guild (DMs and guild-less events: shard 0), newest first.</summary>
    public GatewaySession? SessionFor(ulong? guildId) => _sessions.SessionFor(guildId);

    public async Task CloseAsync(int code, string? reason)
    {
        var connection = ActiveConnection();
        await _lifecycle.CloseAsync(connection, code, reason ?? GatewayCloseCode.ReasonFor(code)).ConfigureAwait(false);
    }

    public void DropConnection()
    {
        var connection = ActiveConnection();
        _lifecycle.Add(GatewayLifecycle.Dropped, connection);
        connection.Abort(GatewayLifecycle.Dropped);
    }

    public void StopAcking() => _runner.StopAcking();

    public void ResumeAcking() => _runner.ResumeAcking();

    public async Task SendReconnectAsync()
    {
        var connection = ActiveConnection();
        await connection.SendAsync(GatewayPayloads.Envelope(GatewayOpcode.Reconnect, null)).ConfigureAwait(false);
        _lifecycle.Add(GatewayLifecycle.ReconnectSent, connection);
    }

    public async Task SendInvalidSessionAsync(bool resumable)
    {
        var connection = ActiveConnection();
        if (!resumable)
        {
            connection.Session?.Invalidate();
        }

        await connection.SendAsync(GatewayPayloads.Envelope(GatewayOpcode.InvalidSession, resumable)).ConfigureAwait(false);
        _lifecycle.Add(GatewayLifecycle.InvalidSessionSent, connection);
    }

    public async Task RequestHeartbeatAsync()
    {
        var connection = ActiveConnection();
        await connection.SendAsync(GatewayPayloads.Envelope(GatewayOpcode.Heartbeat, null)).ConfigureAwait(false);
    }

    /// <summary>Cuts every open connection (server shutdown).</summary>
    public void AbortAll()
    {
        GatewayConnection[] open;
        lock (_gate)
        {
            open = _open.ToArray();
        }

        foreach (var connection in open)
        {
            connection.Abort(GatewayLifecycle.Dropped);
        }
    }

    private GatewayConnection ActiveConnection()
    {
        if (_sessions.Current?.Connection is { IsOpen: true } serving)
        {
            return serving;
        }

        lock (_gate)
        {
            if (_latest is { IsOpen: true } latest)
            {
                return latest;
            }
        }

        throw new InvalidOperationException("No open gateway connection.");
    }
}
