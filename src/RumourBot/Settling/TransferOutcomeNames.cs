namespace RumourBot.Settling;

/// <summary>The words members type for a <see cref="TransferOutcome"/> (the choices of /settle's outcome).</summary>
public static class TransferOutcomeNames
{
    public static IReadOnlyList<string> All { get; } = ["completed", "collapsed", "stayed", "elsewhere"];

    public static string ToWireName(this TransferOutcome outcome) => outcome switch
    {
        TransferOutcome.Completed => "completed",
        TransferOutcome.Collapsed => "collapsed",
        TransferOutcome.Stayed => "stayed",
        _ => "elsewhere",
    };

    public static TransferOutcome? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "completed" => TransferOutcome.Completed,
        "collapsed" => TransferOutcome.Collapsed,
        "stayed" => TransferOutcome.Stayed,
        "elsewhere" => TransferOutcome.Elsewhere,
        _ => null,
    };
}
