using FakeDiscord.Support;
using Microsoft.Extensions.Logging;

namespace FakeDiscord.Gateway;

/// <summary>
/// Each connection's lifecycle as tests see it (connected, READY, resumed, closed, dropped), and the server's way of
/// closing a connection: a close code that ends the session invalidates it, and the close is recorded first.
/// </summary>
internal sealed class ConnectionLifecycle(TimeProvider time, ILogger logger)
{
    public WatchableList<GatewayLifecycleEvent> Events { get; } = new();

    public async Task CloseAsync(GatewayConnection connection, int code, string reason)
    {
        if (connection.EndedByServer is not null)
        {
            return;
        }

        logger.Closing(connection.Number, code, reason);
        if (GatewayCloseCode.EndsSession(code))
        {
            connection.Session?.Invalidate();
        }

        connection.Session?.Detach(connection);
        Add(GatewayLifecycle.ClosedByServer, connection, code, reason);
        await connection.CloseAsync(code, reason).ConfigureAwait(false);
    }

    public void Add(GatewayLifecycle kind, GatewayConnection connection, int? code = null, string? reason = null) =>
        Events.Add(new GatewayLifecycleEvent(kind, connection.Number, connection.Session?.SessionId, code, reason, time.GetUtcNow()));
}
