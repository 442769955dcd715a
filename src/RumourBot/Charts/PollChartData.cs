namespace RumourBot.Charts;

/// <summary>
/// What a poll's result chart shows: each answer's label and final votes, and when each of those votes was cast
/// (so the chart can show how the room swung).
/// </summary>
public sealed record PollChartData(
    string Question,
    IReadOnlyList<PollChartAnswer> Answers,
    DateTimeOffset OpenedAt,
    DateTimeOffset ClosedAt);
