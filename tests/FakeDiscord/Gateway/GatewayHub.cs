using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using FakeDiscord.Model;
using FakeDiscord.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FakeDiscord.Gateway;

/// <summary>
/// The gateway side of the fake: accepts WebSockets, runs Hello/heartbeat/Identify/Resume exactly as the docs
/// describe, owns the sessions and lets tests inject events and faults.
/// </summary>
internal sealed class GatewayHub
{
    private const string ResumePath = "/gateway-resume";
    private readonly FakeDiscordOptions _options;
    private readonly GuildDirectory _directory;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, GatewaySession> _sessions = [];
    private readonly List<GatewayConnection> _open = [];

    // The latest session of each [shard_id, num_shards] (unsharded counts as [0, 1]), with when it last became live.
    private readonly Dictionary<(int Id, int Count), (GatewaySession Session, long Stamp)> _latestByShard = [];
    private long _stamp;
    private GatewaySession? _current;
    private GatewayConnection? _latest;
    private int _connectionCount;
    private int _identifyCount;
    private int _resumeCount;
    private volatile bool _acking = true;

    public GatewayHub(FakeDiscordOptions options, GuildDirectory directory, ILogger logger)
    {
        _options = options;
        _directory = directory;
        _time = options.TimeProvider;
        _logger = logger;
    }

    /// <summary>ws://127.0.0.1:PORT/gateway, known once the server listens.</summary>
    public string GatewayUrl { get; set; } = string.Empty;

    public string ResumeUrl => GatewayUrl.Replace("/gateway", ResumePath, StringComparison.Ordinal);

    public WatchableList<ReceivedGatewayPayload> Payloads { get; } = new();

    public WatchableList<GatewayLifecycleEvent> Lifecycle { get; } = new();

    /// <summary>Events the fake did not deliver because Discord would not have (intents, membership, no shard).</summary>
    public WatchableList<DroppedDispatch> Dropped { get; } = new();

    public int IdentifyCount => Volatile.Read(ref _identifyCount);

    public int ResumeCount => Volatile.Read(ref _resumeCount);

    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    public GatewaySession? CurrentSession
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

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
        AddLifecycle(GatewayLifecycle.Connected, connection);
        using (connection)
        {
            try
            {
                await RunAsync(connection, http.Request.Query).ConfigureAwait(false);
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
        lock (_gate)
        {
            return _sessions[ready.SessionId!];
        }
    }

    public async Task<GatewayLifecycleEvent> WaitForLifecycleAsync(
        GatewayLifecycle kind, int occurrence, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var seen = 0;
        var (found, _) = await Lifecycle.WaitAsync(e => e.Kind == kind && ++seen == occurrence, 0, timeout, cancellationToken)
            .ConfigureAwait(false);
        return found;
    }

    /// <summary>
    /// Dispatches to the session that serves the event's guild (its shard), buffered for Resume when no connection
    /// is attached. Like Discord, an event is not sent (0 is returned, the drop logged) when its guild is not one the
    /// bot is in, no live session holds the guild's shard, or the session did not identify with an intent that
    /// brings the event.
    /// </summary>
    /// <exception cref="InvalidOperationException">No session at all, or every session was invalidated.</exception>
    public async Task<int> DispatchAsync(string eventName, JsonNode? data)
    {
        var guildId = GuildOf(eventName, data);
        if (guildId is { } id && _directory.FindGuild(id) is null && eventName is not ("GUILD_CREATE" or "GUILD_DELETE"))
        {
            return Drop(eventName, $"the bot is not in guild {id}");
        }

        var session = SessionFor(guildId);
        if (session is null)
        {
            if (!HasLiveSession())
            {
                throw new InvalidOperationException(
                    $"Cannot dispatch {eventName}: no resumable gateway session (the bot has not identified, or its session was invalidated).");
            }

            return Drop(eventName, $"no session holds the shard of guild {guildId}");
        }

        if (!GatewayEventIntents.Receives(session.Intents, eventName, guildId is not null))
        {
            var required = GatewayEventIntents.Required(eventName, guildId is not null) ?? 0;
            return Drop(eventName, required == 0
                ? "Discord never sends it outside a guild"
                : $"session {session.SessionId} identified with intents {session.Intents}, and it needs one of the bits {required}");
        }

        return await session.DispatchAsync(eventName, data).ConfigureAwait(false);
    }

    /// <summary>Dispatches an event the fake generated itself, only if the guild's session asked for its intent.</summary>
    /// <remarks><paramref name="build"/> gets the session's intents, e.g. to blank content without MESSAGE_CONTENT.</remarks>
    public async Task PublishAsync(string eventName, ulong? guildId, long intent, Func<long, JsonNode> build)
    {
        var session = SessionFor(guildId);
        if (session is null || (session.Intents & intent) == 0)
        {
            return;
        }

        await session.DispatchAsync(eventName, build(session.Intents)).ConfigureAwait(false);
    }

    /// <summary>The shard a guild belongs to among <paramref name="shardCount"/> shards (gateway.mdx, "Sharding").</summary>
    public static int ShardOf(ulong guildId, int shardCount) => (int)((guildId >> 22) % (ulong)shardCount);

    /// <summary>The live session whose shard holds the guild (DMs and guild-less events: shard 0), newest first.</summary>
    public GatewaySession? SessionFor(ulong? guildId)
    {
        lock (_gate)
        {
            GatewaySession? best = null;
            long bestStamp = -1;
            foreach (var ((id, count), (session, stamp)) in _latestByShard)
            {
                var shard = guildId is { } guild ? ShardOf(guild, count) : 0;
                if (shard == id && !session.IsInvalidated && stamp > bestStamp)
                {
                    (best, bestStamp) = (session, stamp);
                }
            }

            return best;
        }
    }

    private bool HasLiveSession()
    {
        lock (_gate)
        {
            return _latestByShard.Values.Any(v => !v.Session.IsInvalidated);
        }
    }

    private int Drop(string eventName, string reason)
    {
        _logger.DispatchDropped(eventName, reason);
        Dropped.Add(new DroppedDispatch(eventName, reason, _time.GetUtcNow()));
        return 0;
    }

    private static ulong? GuildOf(string eventName, JsonNode? data)
    {
        if (data is not JsonObject d)
        {
            return null;
        }

        var field = eventName is "GUILD_CREATE" or "GUILD_UPDATE" or "GUILD_DELETE" ? d["id"] : d["guild_id"];
        return JsonRead.TryGetSnowflake(field, out var id) ? id : null;
    }

    private void MakeLatest(GatewaySession session)
    {
        var key = session.Shard is { } shard ? (shard[0], shard[1]) : (0, 1);
        _latestByShard[key] = (session, ++_stamp);
        _current = session;
    }

    public async Task CloseAsync(int code, string? reason)
    {
        var connection = ActiveConnection();
        await CloseWithAsync(connection, code, reason ?? GatewayCloseCode.ReasonFor(code)).ConfigureAwait(false);
    }

    public void DropConnection()
    {
        var connection = ActiveConnection();
        AddLifecycle(GatewayLifecycle.Dropped, connection);
        connection.Abort(GatewayLifecycle.Dropped);
    }

    public void StopAcking() => _acking = false;

    public void ResumeAcking() => _acking = true;

    public async Task SendReconnectAsync()
    {
        var connection = ActiveConnection();
        await connection.SendAsync(GatewayPayloads.Envelope(GatewayOpcode.Reconnect, null)).ConfigureAwait(false);
        AddLifecycle(GatewayLifecycle.ReconnectSent, connection);
    }

    public async Task SendInvalidSessionAsync(bool resumable)
    {
        var connection = ActiveConnection();
        if (!resumable)
        {
            connection.Session?.Invalidate();
        }

        await connection.SendAsync(GatewayPayloads.Envelope(GatewayOpcode.InvalidSession, resumable)).ConfigureAwait(false);
        AddLifecycle(GatewayLifecycle.InvalidSessionSent, connection);
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
        lock (_gate)
        {
            if (_current?.Connection is { IsOpen: true } serving)
            {
                return serving;
            }

            if (_latest is { IsOpen: true } latest)
            {
                return latest;
            }
        }

        throw new InvalidOperationException("No open gateway connection.");
    }

    private async Task RunAsync(GatewayConnection connection, IQueryCollection query)
    {
        if (query["v"].ToString() != "10")
        {
            await CloseWithAsync(connection, GatewayCloseCode.InvalidApiVersion, "Invalid API version.").ConfigureAwait(false);
        }
        else if (query["encoding"].ToString() != "json")
        {
            // ETF is not spoken here; the client would not understand our JSON either.
            await CloseWithAsync(connection, GatewayCloseCode.DecodeError, "Only encoding=json is supported.").ConfigureAwait(false);
        }
        else if (!string.IsNullOrEmpty(query["compress"].ToString()))
        {
            await CloseWithAsync(connection, GatewayCloseCode.UnknownError, "FakeDiscord does not speak transport compression.")
                .ConfigureAwait(false);
        }
        else
        {
            var hello = new JsonObject { ["heartbeat_interval"] = (long)_options.HeartbeatInterval.TotalMilliseconds };
            await connection.SendAsync(GatewayPayloads.Envelope(GatewayOpcode.Hello, hello)).ConfigureAwait(false);
            connection.ArmHeartbeatTimer(HeartbeatTimeout(), OnHeartbeatMissed);
        }

        await ReceiveLoopAsync(connection).ConfigureAwait(false);
    }

    private TimeSpan HeartbeatTimeout() =>
        _options.HeartbeatTimeout ?? (_options.HeartbeatInterval * 1.5) + TimeSpan.FromSeconds(1);

    private void OnHeartbeatMissed(GatewayConnection connection) => _ = CloseForMissedHeartbeatAsync(connection);

    private async Task CloseForMissedHeartbeatAsync(GatewayConnection connection)
    {
        if (connection.IsOpen && connection.EndedByServer is null)
        {
            await CloseWithAsync(connection, GatewayCloseCode.SessionTimedOut, "Session timed out.").ConfigureAwait(false);
        }
    }

    private async Task ReceiveLoopAsync(GatewayConnection connection)
    {
        var buffer = new byte[GatewayConnection.MaxPayloadBytes + 1];
        while (true)
        {
            GatewayFrame frame;
            try
            {
                frame = await connection.ReceiveFrameAsync(buffer).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException
                                           or ObjectDisposedException or InvalidOperationException)
            {
                if (connection.EndedByServer is null)
                {
                    connection.Session?.Detach(connection);
                    AddLifecycle(GatewayLifecycle.ConnectionLost, connection);
                    _logger.ConnectionEnded(connection.Number, GatewayLifecycle.ConnectionLost, null);
                }

                return;
            }

            if (frame.Kind == GatewayFrameKind.Close)
            {
                await OnClientCloseAsync(connection).ConfigureAwait(false);
                return;
            }

            if (connection.EndedByServer is not null)
            {
                continue; // whatever arrives after our close frame is ignored
            }

            await OnPayloadAsync(connection, frame, buffer).ConfigureAwait(false);
        }
    }

    private async Task OnClientCloseAsync(GatewayConnection connection)
    {
        if (connection.EndedByServer is not null)
        {
            return; // the client answered our close frame
        }

        var code = (int?)connection.Socket.CloseStatus;
        var reason = connection.Socket.CloseStatusDescription;
        if (code is 1000 or 1001)
        {
            // Discord: a client close with 1000/1001 invalidates the session.
            connection.Session?.Invalidate();
        }

        connection.Session?.Detach(connection);
        AddLifecycle(GatewayLifecycle.ClosedByClient, connection, code, reason);
        _logger.ConnectionEnded(connection.Number, GatewayLifecycle.ClosedByClient, code);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await connection.Socket.CloseOutputAsync(
                connection.Socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, reason, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException
                                       or ObjectDisposedException or InvalidOperationException)
        {
            // The client did not wait for our answer; nothing to do.
        }
    }

    private async Task OnPayloadAsync(GatewayConnection connection, GatewayFrame frame, byte[] buffer)
    {
        if (!connection.CountPayload(_options.GatewaySendLimit, _options.GatewaySendWindow))
        {
            await CloseWithAsync(connection, GatewayCloseCode.RateLimited, "Rate limited.").ConfigureAwait(false);
            return;
        }

        if (frame.Kind == GatewayFrameKind.TooLarge)
        {
            await CloseWithAsync(connection, GatewayCloseCode.DecodeError, "Payload over 4096 bytes.").ConfigureAwait(false);
            return;
        }

        JsonObject? payload = null;
        if (frame.Kind == GatewayFrameKind.Text)
        {
            try
            {
                payload = JsonNode.Parse(buffer.AsSpan(0, frame.Length)) as JsonObject;
            }
            catch (JsonException)
            {
                payload = null;
            }
        }

        if (payload is null || !JsonRead.TryGetInteger(payload["op"], out var op))
        {
            await CloseWithAsync(connection, GatewayCloseCode.DecodeError, "Decode error.").ConfigureAwait(false);
            return;
        }

        Payloads.Add(new ReceivedGatewayPayload(
            connection.Number, connection.Path, (int)op, JsonDefaults.ToElement(GatewayPayloads.Redacted(payload)), _time.GetUtcNow()));
        switch (op)
        {
            case GatewayOpcode.Heartbeat:
                await OnHeartbeatAsync(connection, payload).ConfigureAwait(false);
                break;
            case GatewayOpcode.Identify:
                await OnIdentifyAsync(connection, payload["d"] as JsonObject).ConfigureAwait(false);
                break;
            case GatewayOpcode.Resume:
                await OnResumeAsync(connection, payload["d"] as JsonObject).ConfigureAwait(false);
                break;
            default:
                if (!GatewayOpcode.IsClientOpcode(op))
                {
                    await CloseWithAsync(connection, GatewayCloseCode.UnknownOpcode, "Unknown opcode.").ConfigureAwait(false);
                }
                else if (connection.Session is null)
                {
                    await CloseWithAsync(connection, GatewayCloseCode.NotAuthenticated, "Not authenticated.").ConfigureAwait(false);
                }

                // Presence, voice state and member requests are accepted and recorded, nothing more.
                break;
        }
    }

    private async Task OnHeartbeatAsync(GatewayConnection connection, JsonObject payload)
    {
        var d = payload["d"];
        if (d is not null && !JsonRead.TryGetInteger(d, out _))
        {
            await CloseWithAsync(connection, GatewayCloseCode.DecodeError, "Heartbeat d must be the last sequence or null.")
                .ConfigureAwait(false);
            return;
        }

        connection.ArmHeartbeatTimer(HeartbeatTimeout(), OnHeartbeatMissed);
        if (_acking)
        {
            await connection.SendAsync(GatewayPayloads.Envelope(GatewayOpcode.HeartbeatAck, null)).ConfigureAwait(false);
        }
    }

    private async Task OnIdentifyAsync(GatewayConnection connection, JsonObject? d)
    {
        if (connection.Session is not null)
        {
            await CloseWithAsync(connection, GatewayCloseCode.AlreadyAuthenticated, "Already authenticated.").ConfigureAwait(false);
            return;
        }

        if (d is null || d["properties"] is not JsonObject)
        {
            await CloseWithAsync(connection, GatewayCloseCode.DecodeError, "Identify needs d.token, d.properties and d.intents.")
                .ConfigureAwait(false);
            return;
        }

        if (JsonRead.GetString(d["token"]) != _options.Token)
        {
            await CloseWithAsync(connection, GatewayCloseCode.AuthenticationFailed, "Authentication failed.").ConfigureAwait(false);
            return;
        }

        if (!JsonRead.TryGetInteger(d["intents"], out var intents) || intents < 0 || (intents & ~GatewayIntents.Known) != 0)
        {
            await CloseWithAsync(connection, GatewayCloseCode.InvalidIntents, "Invalid intent(s).").ConfigureAwait(false);
            return;
        }

        if ((intents & GatewayIntents.Privileged & ~_options.EnabledPrivilegedIntents) != 0)
        {
            await CloseWithAsync(connection, GatewayCloseCode.DisallowedIntents, "Disallowed intent(s).").ConfigureAwait(false);
            return;
        }

        int[]? shard = null;
        if (d["shard"] is not null && !GatewayPayloads.TryReadShard(d["shard"], out shard))
        {
            await CloseWithAsync(connection, GatewayCloseCode.InvalidShard, "Invalid shard.").ConfigureAwait(false);
            return;
        }

        var guilds = _directory.Guilds.Where(g => shard is null || ShardOf(g.Id, shard[1]) == shard[0]).ToArray();
        if (guilds.Length > _options.MaxGuildsPerShard)
        {
            // Discord: one session holds at most 2500 guilds; beyond that the bot must shard.
            await CloseWithAsync(connection, GatewayCloseCode.ShardingRequired, "Sharding required.").ConfigureAwait(false);
            return;
        }

        var session = new GatewaySession(
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), intents, shard,
            JsonDefaults.ToElement(GatewayPayloads.RedactedToken(d)));
        lock (_gate)
        {
            _sessions[session.SessionId] = session;
            MakeLatest(session);
            _identifyCount++;
        }

        connection.Session = session;
        await session.AttachAsync(connection).ConfigureAwait(false);
        _logger.Identified(session.SessionId, intents);
        await session.DispatchAsync("READY", GatewayPayloads.Ready(session, guilds, _directory, ResumeUrl)).ConfigureAwait(false);
        var joinedAt = _time.GetUtcNow();
        var allMembers = (intents & GatewayIntents.GuildPresences) != 0;
        foreach (var guild in guilds)
        {
            await session.DispatchAsync("GUILD_CREATE", DiscordObjects.GuildCreate(guild, _directory.Bot, joinedAt, allMembers))
                .ConfigureAwait(false);
        }

        AddLifecycle(GatewayLifecycle.Ready, connection);
    }

    private async Task OnResumeAsync(GatewayConnection connection, JsonObject? d)
    {
        if (connection.Session is not null)
        {
            await CloseWithAsync(connection, GatewayCloseCode.AlreadyAuthenticated, "Already authenticated.").ConfigureAwait(false);
            return;
        }

        if (d is null || JsonRead.GetString(d["session_id"]) is not { } sessionId)
        {
            await CloseWithAsync(connection, GatewayCloseCode.DecodeError, "Resume needs d.token, d.session_id and d.seq.")
                .ConfigureAwait(false);
            return;
        }

        if (JsonRead.GetString(d["token"]) != _options.Token)
        {
            await CloseWithAsync(connection, GatewayCloseCode.AuthenticationFailed, "Authentication failed.").ConfigureAwait(false);
            return;
        }

        GatewaySession? session;
        lock (_gate)
        {
            session = _sessions.GetValueOrDefault(sessionId);
        }

        if (session is null || session.IsInvalidated)
        {
            await connection.SendAsync(GatewayPayloads.Envelope(GatewayOpcode.InvalidSession, false)).ConfigureAwait(false);
            AddLifecycle(GatewayLifecycle.InvalidSessionSent, connection);
            return;
        }

        if (!JsonRead.TryGetInteger(d["seq"], out var sequence) || sequence < 0 || sequence > session.LastSequence)
        {
            await CloseWithAsync(connection, GatewayCloseCode.InvalidSequence, "Invalid seq.").ConfigureAwait(false);
            return;
        }

        if (session.Connection is { } previous && !ReferenceEquals(previous, connection))
        {
            // A zombie connection of the same session is replaced by the resuming one.
            previous.Abort(GatewayLifecycle.Dropped);
        }

        lock (_gate)
        {
            MakeLatest(session);
            _resumeCount++;
        }

        connection.Session = session;
        _logger.Resumed(session.SessionId, sequence);
        await session.ResumeAsync(connection, (int)sequence).ConfigureAwait(false);
        AddLifecycle(GatewayLifecycle.Resumed, connection);
    }

    private async Task CloseWithAsync(GatewayConnection connection, int code, string reason)
    {
        if (connection.EndedByServer is not null)
        {
            return;
        }

        _logger.Closing(connection.Number, code, reason);
        if (GatewayCloseCode.EndsSession(code))
        {
            connection.Session?.Invalidate();
        }

        connection.Session?.Detach(connection);
        AddLifecycle(GatewayLifecycle.ClosedByServer, connection, code, reason);
        await connection.CloseAsync(code, reason).ConfigureAwait(false);
    }

    private void AddLifecycle(GatewayLifecycle kind, GatewayConnection connection, int? code = null, string? reason = null) =>
        Lifecycle.Add(new GatewayLifecycleEvent(kind, connection.Number, connection.Session?.SessionId, code, reason, _time.GetUtcNow()));
}
