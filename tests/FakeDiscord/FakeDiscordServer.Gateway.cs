using System.Text.Json.Nodes;
using FakeDiscord.Gateway;
using FakeDiscord.Interactions;
using FakeDiscord.Support;

namespace FakeDiscord;

// The gateway's side of the fake's public face: its sessions and history, dispatching events, and the faults a test
// can cause on the connection (closes, drops, missing ACKs, op 7, op 9, op 1).
public sealed partial class FakeDiscordServer
{
    /// <summary>The session of the latest successful Identify or Resume, if any.</summary>
    public GatewaySession? CurrentSession => _gateway.CurrentSession;

    /// <summary>Connections, READYs, resumes, closes and drops, in order.</summary>
    public IReadOnlyList<GatewayLifecycleEvent> GatewayHistory => _gateway.Lifecycle.Snapshot();

    /// <summary>Every payload clients sent over the gateway (tokens redacted).</summary>
    public IReadOnlyList<ReceivedGatewayPayload> GatewayPayloads => _gateway.Payloads.Snapshot();

    /// <summary>Successful Identify calls.</summary>
    public int IdentifyCount => _gateway.IdentifyCount;

    /// <summary>Successful Resume calls.</summary>
    public int ResumeCount => _gateway.ResumeCount;

    /// <summary>WebSocket connections accepted.</summary>
    public int ConnectionCount => _gateway.ConnectionCount;

    /// <summary>Waits (wall-clock) until a session is READY (or resumed) and connected.</summary>
    public Task<GatewaySession> WaitForSessionAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        _gateway.WaitForSessionAsync(timeout ?? DefaultWait, cancellationToken);

    /// <summary>Waits for the <paramref name="occurrence"/>-th gateway event of a kind since the server started.</summary>
    public Task<GatewayLifecycleEvent> WaitForGatewayEventAsync(
        GatewayLifecycle kind, int occurrence = 1, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        _gateway.WaitForLifecycleAsync(kind, occurrence, timeout ?? DefaultWait, cancellationToken);

    /// <summary>Waits for a payload from the client that matches, including ones already received.</summary>
    public async Task<ReceivedGatewayPayload> WaitForGatewayPayloadAsync(
        Func<ReceivedGatewayPayload, bool> predicate, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var (payload, _) = await _gateway.Payloads.WaitAsync(predicate, 0, timeout ?? DefaultWait, cancellationToken).ConfigureAwait(false);
        return payload;
    }

    /// <summary>
    /// Dispatches an event to the current session (buffered for Resume if the bot is disconnected) and returns its
    /// sequence number. <paramref name="d"/> may be an anonymous object (snake_case names), a JsonNode or a JsonElement.
    /// </summary>
    /// <exception cref="InvalidOperationException">No session, or it was invalidated.</exception>
    /// <remarks>
    /// As on Discord, the event goes to the session whose shard holds its guild, and is not sent (0 is returned, the
    /// drop logged and kept in <see cref="DroppedDispatches"/>) when that session did not ask for an intent that brings
    /// it, or the guild is not one the bot is in. An INTERACTION_CREATE is registered first (id, token, channel, guild,
    /// invoker), so its callback, <c>@original</c> and follow-ups work as for <see cref="SendInteractionAsync(InteractionRequest, CancellationToken)"/>.
    /// </remarks>
    /// <exception cref="ArgumentException">An INTERACTION_CREATE Discord could not have sent (no id/token/user, a channel outside its guild).</exception>
    public async Task<int> DispatchAsync(string eventName, object? d)
    {
        var data = JsonDefaults.ToNode(d);
        if (eventName == "INTERACTION_CREATE")
        {
            var payload = data as JsonObject ?? throw new ArgumentException("INTERACTION_CREATE needs an object as d.", nameof(d));
            if (_interactionSender.Register(payload) is { } problem)
            {
                throw new ArgumentException($"Cannot dispatch this INTERACTION_CREATE: {problem}.", nameof(d));
            }
        }

        return await _gateway.DispatchAsync(eventName, data).ConfigureAwait(false);
    }

    /// <summary>Events not sent because Discord would not have (intents, guild membership, shard), in order.</summary>
    public IReadOnlyList<DroppedDispatch> DroppedDispatches => _gateway.Dropped.Snapshot();

    /// <summary>The live session that serves a guild's shard (null: DMs, shard 0), if any.</summary>
    public GatewaySession? SessionFor(ulong? guildId) => _gateway.SessionFor(guildId);

    /// <summary>Closes the current gateway connection with a close frame (4000–4014, or any code).</summary>
    public Task CloseAsync(int code, string? reason = null) => _gateway.CloseAsync(code, reason);

    /// <summary>Aborts the current gateway connection without a close frame (the session stays resumable).</summary>
    public void DropConnection() => _gateway.DropConnection();

    /// <summary>Stops answering heartbeats with ACKs, so the client should detect a zombie connection.</summary>
    public void StopAcking() => _gateway.StopAcking();

    /// <summary>Answers heartbeats again.</summary>
    public void ResumeAcking() => _gateway.ResumeAcking();

    /// <summary>Sends op 7 Reconnect.</summary>
    public Task SendReconnectAsync() => _gateway.SendReconnectAsync();

    /// <summary>Sends op 9 Invalid Session; when not resumable the session ends.</summary>
    public Task SendInvalidSessionAsync(bool resumable) => _gateway.SendInvalidSessionAsync(resumable);

    /// <summary>Sends op 1, asking the client for an immediate heartbeat.</summary>
    public Task RequestHeartbeatAsync() => _gateway.RequestHeartbeatAsync();
}
