using RumourBot.Reports.Sources;

namespace RumourBot.Reports;

/// <summary>What the analyser made of a report: its moves (the main one first), cited sources and a short summary.</summary>
public sealed record ReportAnalysis(string Title, string Summary, IReadOnlyList<CitedSource> Sources, IReadOnlyList<Move> Moves)
{
    public Move? MainMove => Moves.Count > 0 ? Moves[0] : null;
}
