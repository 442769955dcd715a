using System.Text.Json;

namespace FakeDiscord.Gateway;

/// <summary>An event dispatched in a session (op 0), kept for replay on Resume.</summary>
/// <param name="Sequence">The <c>s</c> field.</param>
/// <param name="EventName">The <c>t</c> field, e.g. MESSAGE_REACTION_ADD.</param>
/// <param name="Data">The <c>d</c> field.</param>
public sealed record GatewayDispatch(int Sequence, string EventName, JsonElement Data);
