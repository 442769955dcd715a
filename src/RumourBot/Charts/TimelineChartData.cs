namespace RumourBot.Charts;

/// <summary>A player's story for the timeline chart: one line per move (destination), in the order they began.</summary>
public sealed record TimelineChartData(string Player, IReadOnlyList<TimelineMove> Moves);
