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

    /// <summary>What a club values him at or asks for ("Napoli want €150m", "valued at £20m"): a fee only when no offer is named.</summary>
    Valuation,

    /// <summary>The same sum in another currency, in brackets after it ("€50m ($57.1m)"): never the fee.</summary>
    Conversion,

    /// <summary>The fee for a loan itself ("a €5m loan fee"): the fee of a loan, with any obligation to buy added.</summary>
    LoanFee,

    /// <summary>The price of an obligation to buy after a loan: part of what the buyer must pay.</summary>
    Obligation,

    /// <summary>The difference between two figures ("€7m above the latest offer", "a gap of £5m"): never the fee.</summary>
    Gap,

    /// <summary>A data site's estimate of what he is worth ("his £675,000 Transfermarkt valuation"): no club's price, never the fee.</summary>
    MarketEstimate,
    /// <summary>A past club's share of the fee ("owed 20% of the transfer fee (€10m)"): part of someone else's sum, never the fee.</summary>
    FeeShare,
    /// <summary>The price a player is known by ("cash in on £14m midfielder", "the £35m flop"): what he once cost, never the fee.</summary>
    PriceKnownBy,
}
