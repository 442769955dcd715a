namespace RumourBot.Exports;

/// <summary>What a server can take away as CSV.</summary>
public enum ExportKind
{
    Polls,
    Predictions,
    Settlements,
}
