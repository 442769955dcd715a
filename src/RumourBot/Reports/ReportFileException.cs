namespace RumourBot.Reports;

/// <summary>A report file that cannot be read, with a message fit to show the user as it is.</summary>
public sealed class ReportFileException(string message) : Exception(message);
