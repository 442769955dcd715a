namespace RumourBot.Reports;

/// <summary>
/// A transfer fee as a report states it. <see cref="AmountMillions"/> is the midpoint for a range and zero for a
/// free transfer; <see cref="Text"/> keeps the original words ("just over £20 million").
/// </summary>
public sealed record Fee(decimal AmountMillions, string? Currency, string? Qualifier, string Text)
{
    /// <summary>True when the fee is a release clause paid in full ("his €90m release clause was deposited").</summary>
    public bool IsReleaseClause { get; init; }
}
