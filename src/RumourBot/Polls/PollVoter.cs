namespace RumourBot.Polls;

/// <summary>A member who reacted to a poll message, as a recount reads them.</summary>
public sealed record PollVoter(ulong Id, string Name);
