namespace RumourBot.Reports;

/// <summary>What a sum of money in a report is: only <see cref="TransferFee"/> is a move's fee.</summary>
public enum MoneyKind
{
    TransferFee,
    AddOns,
    ReleaseClause,
    Wage,
    ContractValue,
    Revenue,
    Fine,
}
