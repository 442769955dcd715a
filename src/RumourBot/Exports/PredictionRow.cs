using CsvHelper;

namespace RumourBot.Exports;

/// <summary>One member's scored answer in one settled poll, a line of predictions.csv.</summary>
[CsvRecord]
public sealed partial record PredictionRow(
    int PollId, string Question, string RumourId, string VoterId, string Voter, string Answers, string? CameTrue, bool Right, double Brier);
