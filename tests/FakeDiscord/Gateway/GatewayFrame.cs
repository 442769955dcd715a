namespace FakeDiscord.Gateway;

/// <summary>One message read from a client, and how many bytes of the buffer it filled.</summary>
internal readonly record struct GatewayFrame(GatewayFrameKind Kind, int Length);
