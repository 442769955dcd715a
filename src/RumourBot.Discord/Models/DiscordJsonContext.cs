using System.Text.Json;
using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>Source-generated serialisation for every wire type the client reads or writes.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(IdentifyData))]
[JsonSerializable(typeof(ResumeData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(MessageBody))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(List<ApplicationCommand>))]
[JsonSerializable(typeof(DiscordError))]
[JsonSerializable(typeof(RateLimitedBody))]
[JsonSerializable(typeof(DiscordUser))]
[JsonSerializable(typeof(List<DiscordUser>))]
[JsonSerializable(typeof(OutgoingPayload<IdentifyData>))]
[JsonSerializable(typeof(OutgoingPayload<ResumeData>))]
[JsonSerializable(typeof(OutgoingPayload<int?>))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class DiscordJsonContext : JsonSerializerContext;
