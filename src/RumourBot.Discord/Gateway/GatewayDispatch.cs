using System.Text.Json;

namespace RumourBot.Discord.Gateway;

/// <summary>
/// A dispatch (op 0) from the gateway with its data as JSON, for <see cref="DiscordGatewayClient.OnDispatch"/>;
/// the bot itself reads the typed events of <see cref="DiscordGatewayClient.Events"/>.
/// </summary>
public sealed record GatewayDispatch(string Name, int Sequence, JsonElement Data);
