namespace RumourBot.Discord.Gateway;

/// <summary>
/// How long the client waits before its next connection: exponential backoff with jitter, reset only by a
/// connection that got going (READY or RESUMED), so op 7 / op 9 before READY in a loop cannot spin. One per
/// <see cref="DiscordGatewayClient.RunAsync"/>.
/// </summary>
internal sealed class ReconnectBackoff(GatewayOptions options)
{
    private int _failures;

    /// <summary>The wait after a connection ended so; counts it as a failure unless it was healthy.</summary>
    public TimeSpan After(GatewayConnectionEnd end)
    {
        _failures = end.WasHealthy ? 0 : _failures + 1;
        return end.ReconnectAtOnce && end.WasHealthy ? TimeSpan.Zero : Backoff(Math.Max(1, _failures));
    }

    /// <summary>The random wait (Discord: 1-5 s) before identifying again after an op 9 that cannot be resumed.</summary>
    public static TimeSpan InvalidSessionDelay(GatewayOptions options) =>
        options.MinInvalidSessionDelay + (options.MaxInvalidSessionDelay - options.MinInvalidSessionDelay) * Random.Shared.NextDouble();

    private TimeSpan Backoff(int failures)
    {
        var ceiling = Math.Min(options.MaxReconnectDelay.TotalMilliseconds, options.ReconnectBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, failures - 1)));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + Random.Shared.NextDouble() / 2));
    }
}
