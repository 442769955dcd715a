using System.Text.Json;

namespace FakeDiscord.Gateway;

/// <summary>A payload a client sent over the gateway (tokens redacted).</summary>
/// <param name="ConnectionNumber">Which connection it came on.</param>
/// <param name="Path">The WebSocket path it came on: <c>/gateway</c> or <c>/gateway-resume</c>.</param>
/// <param name="Opcode">The <c>op</c> field.</param>
/// <param name="Payload">The whole payload.</param>
/// <param name="ReceivedAt">When it arrived (by the fake's TimeProvider).</param>
public sealed record ReceivedGatewayPayload(
    int ConnectionNumber,
    string Path,
    int Opcode,
    JsonElement Payload,
    DateTimeOffset ReceivedAt);
