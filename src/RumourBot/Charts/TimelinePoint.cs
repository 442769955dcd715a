using RumourBot.Reports;

namespace RumourBot.Charts;

/// <summary>One story on the timeline: when, how far the move had got, how many reports ran it, and the fee it gave.</summary>
public sealed record TimelinePoint(DateTimeOffset At, MoveStatus Status, int Reports, Fee? Fee);
