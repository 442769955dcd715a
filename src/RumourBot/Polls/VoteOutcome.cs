namespace RumourBot.Polls;

/// <summary>A vote's result, and in a single-choice poll the options the member's earlier vote was moved from.</summary>
public sealed record VoteOutcome(VoteResult Result, IReadOnlyList<string> MovedFrom);
