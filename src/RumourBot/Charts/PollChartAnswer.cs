namespace RumourBot.Charts;

/// <summary>One answer of a poll chart: its label and the moment each of its votes was cast.</summary>
public sealed record PollChartAnswer(string Label, IReadOnlyList<DateTimeOffset> VotedAt)
{
    public int Votes => VotedAt.Count;
}
