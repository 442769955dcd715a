namespace RumourBot.Settling;

/// <summary>One member's final answer(s) in a settled poll: several only in a multiple-choice poll.</summary>
public sealed record Ballot(ulong VoterId, string VoterName, string[] Emojis);
