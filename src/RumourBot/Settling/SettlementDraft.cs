using RumourBot.Rumours;

namespace RumourBot.Settling;

/// <summary>
/// Checks the club given with an outcome against the rumour: <c>completed</c> means he joined the rumour's club,
/// <c>elsewhere</c> needs the club he joined instead, <c>stayed</c> and <c>collapsed</c> name no new club. Every
/// problem is a sentence the moderator can act on.
/// </summary>
public sealed class SettlementDraft(ClubMatch clubs)
{
    /// <summary>The club he joined (null when he joined none), or the reason the outcome and club do not fit.</summary>
    public (string? Club, string? Error) Check(Rumour rumour, TransferOutcome outcome, string? club)
    {
        var typed = string.IsNullOrWhiteSpace(club) ? null : clubs.Name(club);
        switch (outcome)
        {
            case TransferOutcome.Completed:
                if (rumour.ToClub is null)
                {
                    return (null, $"This rumour names no club he would join ({rumour.Player}: {rumour.Route}); " +
                        "use outcome:elsewhere club:<where he went>, or stayed, or collapsed.");
                }
                if (typed is not null && !clubs.Same(typed, rumour.ToClub))
                {
                    return (null, $"completed means he joined {rumour.ToClub}, the rumour's club; for {typed} use outcome:elsewhere club:{typed}.");
                }
                return (rumour.ToClub, null);
            case TransferOutcome.Elsewhere:
                if (typed is null) return (null, "elsewhere needs the club he joined, e.g. club:Chelsea.");
                if (clubs.Same(typed, rumour.ToClub)) return (null, $"{typed} is the rumour's own club: use outcome:completed.");
                if (clubs.Same(typed, rumour.FromClub)) return (null, $"{typed} is his own club: use outcome:stayed.");
                return (typed, null);
            case TransferOutcome.Stayed:
                // "stayed club:Liverpool" says the same thing twice, which is fine; another club is a contradiction.
                if (typed is not null && !clubs.Same(typed, rumour.FromClub))
                {
                    return (null, $"stayed means he stayed at {rumour.FromClub ?? "his club"}; if he joined {typed}, use outcome:elsewhere club:{typed}.");
                }
                return (null, null);
            default:
                if (typed is not null) return (null, "club is for completed and elsewhere; a collapsed move names no club.");
                return (null, null);
        }
    }
}
