using RumourBot.Reports;

namespace RumourBot.Rumours;

/// <summary>
/// What <see cref="IRumourStore.Store"/> did: stored the report and changed <see cref="Rumours"/>, or found it
/// stored already (<see cref="Report"/> is then the stored one and nothing changed).
/// </summary>
public sealed record StoredReportResult(bool Stored, StoredReport Report, IReadOnlyList<Rumour> Rumours);
