namespace RumourBot.Reports.Sources;

/// <summary>
/// An outlet or journalist a report cites. <see cref="Tier"/> is 1 for the most reliable and null when the source
/// is not in our list.
/// </summary>
public sealed record CitedSource(string Name, SourceKind Kind, int? Tier);
