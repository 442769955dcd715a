namespace RumourBot.Polls;

/// <summary>One answer of a poll and the reaction emoji that votes for it.</summary>
public sealed record PollOption(string Emoji, string Label);
