using System.Text.RegularExpressions;
using RumourBot.Rumours;

namespace RumourBot.Settling;

/// <summary>
/// Works out which answer of a poll came true from the settled outcome, only where that is safe:
/// a Yes/No poll whose whole question is one of "Will he stay?", "Will he join &lt;club&gt;?" or "Will he leave?"
/// (about the rumour's player), and a poll whose answers name the club he joined or say plainly that he stays.
/// Anything else, a question with a condition we cannot check ("this summer", "for £50m") included, is left to a
/// moderator. A collapsed move only answers "Will he join &lt;that club&gt;?": it does not say he stays for good.
/// </summary>
public sealed partial class PollAnswerDeriver(ClubMatch clubs)
{
    private const string Unreadable =
        "the question is not a plain \"Will he stay?\", \"Will he join <club>?\" or \"Will he leave?\" about him " +
        "(a date or a fee in it cannot be checked)";

    public DerivedAnswer Derive(string question, IReadOnlyList<SettledOption> options, Settlement settlement)
    {
        var yes = options.FirstOrDefault(o => o.Label.Trim().Equals("yes", StringComparison.OrdinalIgnoreCase));
        var no = options.FirstOrDefault(o => o.Label.Trim().Equals("no", StringComparison.OrdinalIgnoreCase));
        return options.Count == 2 && yes is not null && no is not null
            ? FromQuestion(question, yes, no, settlement)
            : FromAnswers(options, settlement);
    }

    private DerivedAnswer FromQuestion(string question, SettledOption yes, SettledOption no, Settlement settlement)
    {
        var text = Clean(question);
        var happened = SettlementText.Happened(settlement, "he");
        var moved = settlement.Outcome is TransferOutcome.Completed or TransferOutcome.Elsewhere;

        if (JoinQuestion().Match(text) is { Success: true } join)
        {
            if (!IsAbout(join.Groups["who"].Value, settlement.Player)) return DerivedAnswer.Unknown(Unreadable);
            if (clubs.Exactly(join.Groups["club"].Value, settlement.Club, settlement.RumourClub, settlement.FromClub) is not { } club)
            {
                return DerivedAnswer.Unknown(Unreadable);
            }
            var asks = $"the question asks whether he joins {club}; {happened}";
            return settlement.Outcome switch
            {
                _ when moved => Answer(clubs.Same(club, settlement.Club) ? yes : no, asks),
                TransferOutcome.Stayed => Answer(no, asks),
                _ when clubs.Same(club, settlement.RumourClub) => Answer(no, asks),
                _ => DerivedAnswer.Unknown($"{happened}, which says nothing of {club}"),
            };
        }
        if (LeaveQuestion().Match(text) is { Success: true } leave)
        {
            if (!IsAbout(leave.Groups["who"].Value, settlement.Player) || !IsHisClub(leave.Groups["club"], settlement))
            {
                return DerivedAnswer.Unknown(Unreadable);
            }
            var asks = $"the question asks whether he leaves; {happened}";
            return settlement.Outcome switch
            {
                _ when moved => Answer(yes, asks),
                TransferOutcome.Stayed => Answer(no, asks),
                _ => DerivedAnswer.Unknown($"{happened}, which does not say whether he leaves later"),
            };
        }
        if (StayQuestion().Match(text) is { Success: true } stay)
        {
            if (!IsAbout(stay.Groups["who"].Value, settlement.Player) || !IsHisClub(stay.Groups["club"], settlement))
            {
                return DerivedAnswer.Unknown(Unreadable);
            }
            var asks = $"the question asks whether he stays; {happened}";
            return settlement.Outcome switch
            {
                _ when moved => Answer(no, asks),
                TransferOutcome.Stayed => Answer(yes, asks),
                _ => DerivedAnswer.Unknown($"{happened}, which does not say that he stays"),
            };
        }
        return DerivedAnswer.Unknown(Unreadable);
    }

    // Answers such as "Real Madrid | Man City | Stays": only one naming the club he joined, or saying he stays.
    private DerivedAnswer FromAnswers(IReadOnlyList<SettledOption> options, Settlement settlement)
    {
        List<SettledOption> matches;
        string what;
        switch (settlement.Outcome)
        {
            case TransferOutcome.Completed or TransferOutcome.Elsewhere:
                matches = options.Where(o => NamedClub(o.Label, settlement) is { } club && clubs.Same(club, settlement.Club)).ToList();
                what = $"names {settlement.Club}";
                break;
            case TransferOutcome.Stayed:
                matches = options.Where(o => SaysHeStays(o.Label, settlement)).ToList();
                what = "says he stays";
                break;
            default:
                return DerivedAnswer.Unknown("a collapsed move does not say which answer came true");
        }
        return matches.Count switch
        {
            1 => new DerivedAnswer(matches[0].Emoji, $"\"{matches[0].Label}\" {what}; {SettlementText.Happened(settlement, "he")}"),
            0 => DerivedAnswer.Unknown($"no answer plainly {what}"),
            _ => DerivedAnswer.Unknown($"{matches.Count} answers {what}"),
        };
    }

    private string? NamedClub(string label, Settlement settlement)
    {
        var match = ClubAnswer().Match(Clean(label));
        return match.Success ? clubs.Exactly(match.Groups["club"].Value, settlement.Club, settlement.RumourClub, settlement.FromClub) : null;
    }

    private bool SaysHeStays(string label, Settlement settlement) =>
        StayAnswer().Match(Clean(label)) is { Success: true } match && IsHisClub(match.Groups["club"], settlement);

    // "stay at Liverpool" must be his club; no club named is fine.
    private bool IsHisClub(Group club, Settlement settlement) =>
        !club.Success || (clubs.Exactly(club.Value, settlement.FromClub) is { } named && clubs.Same(named, settlement.FromClub));

    private static DerivedAnswer Answer(SettledOption option, string reason) => new(option.Emoji, reason);

    /// <summary>"he", or words all taken from the player's name ("Trent", "Alexander-Arnold"), nothing else.</summary>
    private static bool IsAbout(string who, string player)
    {
        var words = NameWords(who);
        if (words is ["he"]) return true;
        var name = NameWords(player).ToHashSet(StringComparer.Ordinal);
        return words.Length > 0 && words.All(name.Contains);
    }

    private static string[] NameWords(string text) =>
        RumourKey.Normalise(text).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);

    private static string Clean(string text) =>
        Spaces().Replace(text.Replace('\u2019', '\''), " ").Trim().TrimEnd('?', '!', '.', ' ');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:will|is|does)\s+(?<who>.+?)\s+(?:be\s+)?(?:join(?:ing)?|sign(?:ing)?\s+for|mov(?:e|ing)\s+to|go(?:ing)?\s+to|head(?:ing)?\s+to|end(?:ing)?\s+up\s+at|transfer(?:ring)?\s+to|complet(?:e|ing)\s+(?:a|his)\s+move\s+to|leav(?:e|ing)\s+for)\s+(?<club>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JoinQuestion();

    [GeneratedRegex(@"^(?:will|is|does)\s+(?<who>.+?)\s+(?:be\s+)?leav(?:e|ing)(?:\s+(?<club>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeaveQuestion();

    [GeneratedRegex(@"^(?:will|is|does)\s+(?<who>.+?)\s+(?:be\s+)?(?:stay(?:ing)?(?:\s+put)?|remain(?:ing)?|renew(?:ing)?(?:\s+his\s+(?:deal|contract))?|extend(?:ing)?\s+his\s+(?:deal|contract)|sign(?:ing)?\s+a\s+new\s+(?:deal|contract))(?:\s+(?:at|with)\s+(?<club>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StayQuestion();

    [GeneratedRegex(@"^(?:(?:he\s+)?(?:joins?|signs?\s+for|moves?\s+to|goes\s+to|to)\s+)?(?<club>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClubAnswer();

    [GeneratedRegex(@"^(?:he\s+)?(?:stays?(?:\s+put)?|remains?|renews?|signs?\s+a\s+new\s+(?:deal|contract)|new\s+(?:deal|contract))(?:\s+(?:at|with)\s+(?<club>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StayAnswer();
}
