namespace RumourBot.Reports;

/// <summary>The words the bot and its JSON use for a <see cref="MoveStatus"/>.</summary>
public static class MoveStatusNames
{
    public static string ToWireName(this MoveStatus status) => status switch
    {
        MoveStatus.Interest => "interest",
        MoveStatus.Talks => "talks",
        MoveStatus.Bid => "bid",
        MoveStatus.Rejected => "rejected",
        MoveStatus.Denied => "denied",
        MoveStatus.ContractRenewal => "contract_renewal",
        MoveStatus.Agreed => "agreed",
        MoveStatus.Collapsed => "collapsed",
        MoveStatus.Done => "done",
        _ => "unknown",
    };

    /// <summary>How a fan would say it: "contract renewal", "bid rejected".</summary>
    public static string Describe(this MoveStatus status) => status switch
    {
        MoveStatus.Interest => "interest",
        MoveStatus.Talks => "in talks",
        MoveStatus.Bid => "bid made",
        MoveStatus.Rejected => "rejected",
        MoveStatus.Denied => "denied",
        MoveStatus.ContractRenewal => "contract renewal",
        MoveStatus.Agreed => "agreed",
        MoveStatus.Collapsed => "collapsed",
        MoveStatus.Done => "done deal",
        _ => "status unclear",
    };
}
