namespace RumourBot.Reports;

/// <summary>
/// How far a move has got. Declared from weakest to strongest signal, so when an article carries several
/// ("a first bid was rejected, the second agreed") the later member wins.
/// </summary>
public enum MoveStatus
{
    Unknown,
    Interest,
    Talks,
    Bid,
    Rejected,
    Denied,
    ContractRenewal,
    Agreed,

    /// <summary>The deal is off: it collapsed, fell through, a club pulled out. Outweighs an earlier agreement.</summary>
    Collapsed,
    Done,
}
