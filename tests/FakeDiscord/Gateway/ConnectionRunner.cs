using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using FakeDiscord.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FakeDiscord.Gateway;

/// <summary>
/// Runs one accepted connection: the query's checks and Hello, the heartbeat deadline, and each payload the client
/// sends by its op (the send limit, size and JSON checks first); Identify and Resume go to <see cref="SessionStart"/>.
/// </summary>
internal sealed class ConnectionRunner(
    FakeDiscordOptions options,
    SessionStart sessionStart,
    ConnectionLifecycle lifecycle,
    ILogger logger)
{
    private volatile bool _acking = true;

    public WatchableList<ReceivedGatewayPayload> Payloads { get; } = new();

    public void StopAcking() => _acking = false;

    public void ResumeAcking() => _acking = true;

    public async Task RunAsync(GatewayConnection connection, IQueryCollection query)
    {
        if (query["v"].ToString() != "10")
        {
            await lifecycle.CloseAsync(connection, GatewayCloseCode.InvalidApiVersion, "Invalid API version.").ConfigureAwait(false);
        }
        else if (query["encoding"].ToString() != "json")
        {
            // ETF is not spoken here; the client would not understand our JSON either.
            await lifecycle.CloseAsync(connection, GatewayCloseCode.DecodeError, "Only encoding=json is supported.").ConfigureAwait(false);
        }
        else if (!string.IsNullOrEmpty(query["compress"].ToString()))
        {
            await lifecycle.CloseAsync(connection, GatewayCloseCode.UnknownError, "FakeDiscord does not speak transport compression.")
                .ConfigureAwait(false);
        }
        else
        {
            var hello = new JsonObject { ["heartbeat_interval"] = (long)options.HeartbeatInterval.TotalMilliseconds };
            await connection.SendAsync(GatewayPayloads.Envelope(GatewayOpcode.Hello, hello)).ConfigureAwait(false);
            connection.ArmHeartbeatTimer(HeartbeatTimeout(), OnHeartbeatMissed);
        }

        await ReceiveLoopAsync(connection).ConfigureAwait(false);
    }

    private TimeSpan HeartbeatTimeout() =>
        options.HeartbeatTimeout ?? (options.HeartbeatInterval * 1.5) + TimeSpan.FromSeconds(1);

    private void OnHeartbeatMissed(GatewayConnection connection) => _ = CloseForMissedHeartbeatAsync(connection);

    private async Task CloseForMissedHeartbeatAsync(GatewayConnection connection)
    {
        if (connection.IsOpen && connection.EndedByServer is null)
        {
            await lifecycle.CloseAsync(connection, GatewayCloseCode.SessionTimedOut, "Session timed out.").ConfigureAwait(false);
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
                    lifecycle.Add(GatewayLifecycle.ConnectionLost, connection);
                    logger.ConnectionEnded(connection.Number, GatewayLifecycle.ConnectionLost, null);
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
        lifecycle.Add(GatewayLifecycle.ClosedByClient, connection, code, reason);
        logger.ConnectionEnded(connection.Number, GatewayLifecycle.ClosedByClient, code);
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
        if (!connection.CountPayload(options.GatewaySendLimit, options.GatewaySendWindow))
        {
            await lifecycle.CloseAsync(connection, GatewayCloseCode.RateLimited, "Rate limited.").ConfigureAwait(false);
            return;
        }

        if (frame.Kind == GatewayFrameKind.TooLarge)
        {
            await lifecycle.CloseAsync(connection, GatewayCloseCode.DecodeError, "Payload over 4096 bytes.").ConfigureAwait(false);
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
            await lifecycle.CloseAsync(connection, GatewayCloseCode.DecodeError, "Decode error.").ConfigureAwait(false);
            return;
        }

        Payloads.Add(new ReceivedGatewayPayload(
            connection.Number, connection.Path, (int)op, JsonDefaults.ToElement(GatewayPayloads.Redacted(payload)), options.TimeProvider.GetUtcNow()));
        switch (op)
        {
            case GatewayOpcode.Heartbeat:
                await OnHeartbeatAsync(connection, payload).ConfigureAwait(false);
                break;
            case GatewayOpcode.Identify:
                await sessionStart.IdentifyAsync(connection, payload["d"] as JsonObject).ConfigureAwait(false);
                break;
            case GatewayOpcode.Resume:
                await sessionStart.ResumeAsync(connection, payload["d"] as JsonObject).ConfigureAwait(false);
                break;
            default:
                if (!GatewayOpcode.IsClientOpcode(op))
                {
                    await lifecycle.CloseAsync(connection, GatewayCloseCode.UnknownOpcode, "Unknown opcode.").ConfigureAwait(false);
                }
                else if (connection.Session is null)
                {
                    await lifecycle.CloseAsync(connection, GatewayCloseCode.NotAuthenticated, "Not authenticated.").ConfigureAwait(false);
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
            await lifecycle.CloseAsync(connection, GatewayCloseCode.DecodeError, "Heartbeat d must be the last sequence or null.")
                .ConfigureAwait(false);
            return;
        }

        connection.ArmHeartbeatTimer(HeartbeatTimeout(), OnHeartbeatMissed);
        if (_acking)
        {
            await connection.SendAsync(GatewayPayloads.Envelope(GatewayOpcode.HeartbeatAck, null)).ConfigureAwait(false);
        }
    }
}
