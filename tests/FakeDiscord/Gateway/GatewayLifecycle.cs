namespace FakeDiscord.Gateway;

/// <summary>What happened to a gateway connection or session.</summary>
public enum GatewayLifecycle
{
    /// <summary>A WebSocket connection was accepted.</summary>
    Connected,

    /// <summary>Identify succeeded: READY and the GUILD_CREATEs were sent.</summary>
    Ready,

    /// <summary>Resume succeeded: missed events and RESUMED were sent.</summary>
    Resumed,

    /// <summary>The fake sent op 9 Invalid Session.</summary>
    InvalidSessionSent,

    /// <summary>The fake sent op 7 Reconnect.</summary>
    ReconnectSent,

    /// <summary>The client sent a close frame (code in <see cref="GatewayLifecycleEvent.CloseCode"/>).</summary>
    ClosedByClient,

    /// <summary>The fake sent a close frame.</summary>
    ClosedByServer,

    /// <summary>The connection ended without a close frame from the client (TCP drop).</summary>
    ConnectionLost,

    /// <summary>The fake aborted the connection without a close frame (<see cref="FakeDiscordServer.DropConnection"/>).</summary>
    Dropped,
}
