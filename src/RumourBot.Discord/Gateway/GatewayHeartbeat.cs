namespace RumourBot.Discord.Gateway;

/// <summary>
/// One connection's heartbeats: jittered beats at Hello's interval, and zombie detection (no ACK since the last
/// beat: the connection is dead though the socket looks open, so it is aborted). The receive loop notes ACKs.
/// </summary>
internal sealed class GatewayHeartbeat(TimeProvider time)
{
    private volatile bool _acknowledged = true;
    private volatile bool _zombie;

    /// <summary>The loop aborted the connection for want of an ACK.</summary>
    public bool Zombie => _zombie;

    /// <summary>Op 11 arrived (from the receive loop).</summary>
    public void Acknowledge() => _acknowledged = true;

    public async Task RunAsync(GatewayConnection connection, TimeSpan interval, Func<GatewayConnection, CancellationToken, Task> beat, CancellationToken cancellationToken)
    {
        // The first beat is jittered so that a fleet of reconnecting bots does not beat in step.
        var delay = interval * Random.Shared.NextDouble();
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(delay, time, cancellationToken);
            if (!_acknowledged)
            {
                _zombie = true;
                connection.Abort();
                return;
            }
            _acknowledged = false;
            await beat(connection, cancellationToken);
            delay = interval;
        }
    }
}
