namespace RumourBot.Reports;

/// <summary>A sum of money found in a sentence, what it is, and where it stands.</summary>
public sealed record MoneyMention(Fee Amount, MoneyKind Kind, int Start, int End)
{
    /// <summary>Money that moves a player: a transfer fee, or a release clause paid in full.</summary>
    public bool IsFee => Kind is MoneyKind.TransferFee or MoneyKind.PaidReleaseClause;
}
