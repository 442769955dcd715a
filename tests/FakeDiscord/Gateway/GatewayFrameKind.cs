namespace FakeDiscord.Gateway;

/// <summary>What one WebSocket read produced.</summary>
internal enum GatewayFrameKind
{
    /// <summary>A complete text message.</summary>
    Text,

    /// <summary>A complete binary message (not JSON encoding).</summary>
    Binary,

    /// <summary>A message over the 4096-byte limit (reading stopped there).</summary>
    TooLarge,

    /// <summary>The peer's close frame.</summary>
    Close,
}
