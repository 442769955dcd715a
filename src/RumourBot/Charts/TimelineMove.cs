namespace RumourBot.Charts;

/// <summary>One rumoured move on the timeline chart ("→ Real Madrid") and its stories, oldest first.</summary>
public sealed record TimelineMove(string Name, IReadOnlyList<TimelinePoint> Points);
