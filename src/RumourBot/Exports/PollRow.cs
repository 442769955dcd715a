using CsvHelper;

namespace RumourBot.Exports;

/// <summary>One answer of one poll, a line of polls.csv.</summary>
[CsvRecord]
public sealed partial record PollRow(
    int PollId, string Question, string State, string CreatedAt, string ClosesAt, string? ClosedAt, string Creator, string? RumourId,
    bool MultipleChoice, bool HideResults, string Emoji, string Answer, int Votes);
