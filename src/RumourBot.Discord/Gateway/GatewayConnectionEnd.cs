namespace RumourBot.Discord.Gateway;

/// <summary>How one gateway connection ended: what to do next, and whether it had been working.</summary>
internal readonly record struct GatewayConnectionEnd(GatewayCloseAction Action, int CloseCode, bool WasHealthy, bool ReconnectAtOnce = false);
