namespace RumourBot.Reports;

/// <summary>A transfer a report is about: who, from where, to where, for how much, and how far it has got.</summary>
public sealed record Move(string Player, string? FromClub, IReadOnlyList<string> ToClubs, Fee? Fee, MoveStatus Status);
