namespace RumourBot.Reports;

/// <summary>What a sum of money in a report is: only <see cref="TransferFee"/> is a move's fee.</summary>
public enum MoneyKind
{
    TransferFee,
    AddOns,

    /// <summary>The price of an option to buy a loaned player: paid only if the option is taken up.</summary>
    BuyOption,
    ReleaseClause,

    /// <summary>A release clause the buyer pays in full: the fee, reported as a clause.</summary>
    PaidReleaseClause,
    Wage,
    ContractValue,
    Revenue,
    Fine,
}
