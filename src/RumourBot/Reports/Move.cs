namespace RumourBot.Reports;

/// <summary>A transfer a report is about: who, from where, to where, for how much, and how far it has got.</summary>
public sealed record Move(string Player, string? FromClub, IReadOnlyList<string> ToClubs, Fee? Fee, MoveStatus Status)
{
    /// <summary>A loan rather than a permanent move.</summary>
    public bool IsLoan { get; init; }

    /// <summary>For a loan: "option" or "obligation" to buy, when the report says.</summary>
    public string? BuyClause { get; init; }

    /// <summary>A release clause the report states (not paid): what it would cost to trigger.</summary>
    public Fee? ReleaseClause { get; init; }

    /// <summary>How sure the analysis is of each field; see <see cref="MoveConfidence"/>.</summary>
    public MoveConfidence Confidence { get; init; } = MoveConfidence.None;

    /// <summary>The report gives a figure, but not clearly this move's fee: shown as "fee not clear", never guessed.</summary>
    public bool FeeUnclear { get; init; }
}
