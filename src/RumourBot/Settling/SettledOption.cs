namespace RumourBot.Settling;

/// <summary>One answer of a settled poll with its final number of votes.</summary>
public sealed record SettledOption(string Emoji, string Label, int Votes);
