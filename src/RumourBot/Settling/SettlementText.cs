using System.Globalization;
using Humanizer;
using RumourBot.Rumours;

namespace RumourBot.Settling;

/// <summary>
/// How settlements read: "joined Real Madrid", "✅ Settled 26 Nov 2026: stayed at Liverpool", and what a poll's
/// voters said beside what happened ("72% of 1,204 voters said “No”; he joined Real Madrid").
/// </summary>
public static class SettlementText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>What happened, told of <paramref name="subject"/> ("he", or the player's name).</summary>
    public static string Happened(Settlement settlement, string subject) => settlement.Outcome == TransferOutcome.Collapsed
        ? Collapse(settlement, subject == "he" ? "his" : subject + "'s")
        : $"{subject} {Deed(settlement)}";

    /// <summary>"joined Real Madrid", "stayed at Liverpool", "the move to Real Madrid collapsed".</summary>
    public static string Describe(Settlement settlement) => settlement.Outcome == TransferOutcome.Collapsed
        ? Collapse(settlement, "the")
        : Deed(settlement);

    private static string Deed(Settlement settlement) => settlement.Outcome switch
    {
        TransferOutcome.Elsewhere when settlement.RumourClub is not null => $"joined {settlement.Club} instead",
        TransferOutcome.Completed or TransferOutcome.Elsewhere => $"joined {settlement.Club}",
        _ => $"stayed at {settlement.FromClub ?? "his club"}",
    };

    private static string Collapse(Settlement settlement, string whose) => settlement.RumourClub is { } club
        ? $"{whose} move to {club} collapsed"
        : $"{whose} move collapsed";

    /// <summary>The line a settled rumour carries in /rumours: "✅ Settled 26 Nov 2026: joined Real Madrid".</summary>
    public static string Marker(Settlement settlement) => $"✅ Settled {RumourText.Date(settlement.SettledAt)}: {Describe(settlement)}";

    /// <summary>"72% of 1,204 voters said “No”; he joined Real Madrid."</summary>
    public static string Predicted(SettledPoll poll, Settlement settlement)
    {
        var happened = Happened(settlement, "he");
        if (poll.Voters == 0) return $"Nobody voted; {happened}.";
        var top = poll.Options.Max(o => o.Votes);
        var leaders = poll.Options.Where(o => o.Votes == top).Select(o => $"“{o.Label}”").ToList();
        var share = (top / (double)poll.Voters).ToString("P0", English);
        var voters = Voters(poll.Voters);
        return leaders.Count == 1
            ? $"{share} of {voters} said {leaders[0]}; {happened}."
            : $"{voters} were split between {string.Join(" and ", leaders)} ({share} each); {happened}.";
    }

    /// <summary>"1 voter", "1,204 voters".</summary>
    public static string Voters(int count) => "voter".ToQuantity(count, "N0", English);

    public static string Number(int count) => count.ToString("N0", English);
}
