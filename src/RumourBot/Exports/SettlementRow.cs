using CsvHelper;

namespace RumourBot.Exports;

/// <summary>One settled transfer, a line of settlements.csv.</summary>
[CsvRecord]
public sealed partial record SettlementRow(
    string RumourId, string Player, string? FromClub, string? RumourClub, string Outcome, string? JoinedClub, string? Note,
    string SettledAt, string SettledBy, string? CorrectedAt, string? CorrectedBy);
