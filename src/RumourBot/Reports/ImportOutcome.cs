namespace RumourBot.Reports;

/// <summary>How an import ended.</summary>
public enum ImportOutcome
{
    Stored,
    AlreadyStored,

    /// <summary>The text names no move, and the caller asked not to keep such reports.</summary>
    NoMoveFound,
}
