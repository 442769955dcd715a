namespace FakeDiscord.Gateway;

/// <summary>One step in the life of a gateway connection, for tests to wait on and assert.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="ConnectionNumber">1 for the first connection accepted, 2 for the next...</param>
/// <param name="SessionId">The session involved, if any.</param>
/// <param name="CloseCode">The close code, for closes.</param>
/// <param name="CloseReason">The close reason, for closes.</param>
/// <param name="At">When it happened (by the fake's TimeProvider).</param>
public sealed record GatewayLifecycleEvent(
    GatewayLifecycle Kind,
    int ConnectionNumber,
    string? SessionId,
    int? CloseCode,
    string? CloseReason,
    DateTimeOffset At);
