using System.Text.Json;

namespace FakeDiscord.Interactions;

/// <summary>The bot's first response to an interaction.</summary>
/// <param name="Type">The callback type (4 message, 5 deferred, 6 deferred update, 7 update, 8 autocomplete, 9 modal).</param>
/// <param name="Data">The callback's <c>data</c>, if any.</param>
/// <param name="ReceivedAt">When it arrived, by the fake's clock.</param>
/// <param name="Elapsed">Time from INTERACTION_CREATE to the callback, by the fake's clock (must be under 3 s).</param>
/// <param name="MessageId">The message the callback created or updated, if any.</param>
public sealed record InteractionCallback(int Type, JsonElement? Data, DateTimeOffset ReceivedAt, TimeSpan Elapsed, ulong? MessageId);
