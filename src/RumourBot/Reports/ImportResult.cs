namespace RumourBot.Reports;

/// <summary>What importing a report did, the report as stored (or as it would have been), and the rumours it fed.</summary>
public sealed record ImportResult(ImportOutcome Outcome, StoredReport Report, IReadOnlyList<string> RumourIds);
