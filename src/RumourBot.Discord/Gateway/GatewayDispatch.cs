using System.Text.Json;

namespace RumourBot.Discord.Gateway;

/// <summary>A dispatch (op 0) from the gateway: its event name, sequence number and data.</summary>
public sealed record GatewayDispatch(string Name, int Sequence, JsonElement Data);
