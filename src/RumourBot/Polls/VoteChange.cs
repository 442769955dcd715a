namespace RumourBot.Polls;

/// <summary>A reaction added to or taken off a poll message, on its way to the votes it changes.</summary>
public sealed record VoteChange(Poll Poll, ulong VoterId, string VoterName, string Emoji, VoteChangeKind Kind);
