using RumourBot.Reports;
using RumourBot.Rumours;

namespace RumourBot.Settling;

/// <summary>
/// Whether what a rumour's reports said came true, given a settlement: a reported move to a club is right when he
/// joined that club (completed, or elsewhere to that club) and wrong when he stayed, joined another club or the move
/// collapsed; a reported renewal is right when he stayed; a reported exit with no club named is right when he left.
/// Another rumour's collapse says nothing of this one.
/// </summary>
public static class ReportVerdict
{
    /// <returns>True or false, or null when the settlement does not tell.</returns>
    public static bool? Judge(Rumour rumour, Settlement settlement, ClubMatch clubs)
    {
        var moved = settlement.Outcome is TransferOutcome.Completed or TransferOutcome.Elsewhere;
        if (settlement.Outcome == TransferOutcome.Collapsed) return rumour.Id == settlement.RumourId ? false : null;
        if (rumour.ToClub is { } club) return moved && clubs.Same(club, settlement.Club);
        var aboutStaying = rumour.Stories.Any(s => s.Status == MoveStatus.ContractRenewal);
        return aboutStaying ? !moved : moved;
    }
}
