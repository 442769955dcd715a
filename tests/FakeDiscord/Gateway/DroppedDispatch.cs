namespace FakeDiscord.Gateway;

/// <summary>An event the fake did not send, because Discord would not have.</summary>
/// <param name="EventName">The dispatch name, e.g. <c>MESSAGE_DELETE</c>.</param>
/// <param name="Reason">Why: the intents, the guild, the shard.</param>
/// <param name="At">When (the fake's clock).</param>
public sealed record DroppedDispatch(string EventName, string Reason, DateTimeOffset At);
