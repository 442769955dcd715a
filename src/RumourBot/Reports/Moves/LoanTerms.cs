using System.Text.RegularExpressions;

namespace RumourBot.Reports.Moves;

/// <summary>Whether a move is a loan, and whether its buy clause is an option or an obligation.</summary>
internal static partial class LoanTerms
{
    // "on a season-long loan with an obligation to buy"; "turn his loan into a permanent deal" is no loan.
    public static (bool IsLoan, string? BuyClause) Read(IEnumerable<string> sentences, bool settled = true)
    {
        var loan = false;
        string? clause = null;
        foreach (var sentence in sentences)
        {
            if (!DescribesLoan(sentence, settled)) continue;
            loan = true;
            if (BuyClauseWords().Match(sentence) is { Success: true } match)
            {
                // "a buy option that becomes obligatory if Fiorentina stay in Serie A": an option bound to turn into an obligation.
                clause ??= match.Value.StartsWith("oblig", StringComparison.OrdinalIgnoreCase) || match.Value.Contains("mandatory", StringComparison.OrdinalIgnoreCase)
                    || BecomesObligation().IsMatch(sentence, match.Index + match.Length) ? "obligation" : "option";
            }
        }
        return (loan, loan ? clause : null);
    }

    /// <summary>
    /// Whether the sentence describes a move as a loan: some mention of a loan that is not a state he is or was in
    /// ("currently on loan at Wigan", "after a loan spell at Roma", "spent last season on loan"). While the move is
    /// short of agreed, a loan he signed for ("instead signed for Ipswich on loan") is an earlier move.
    /// </summary>
    public static bool DescribesLoan(string sentence, bool settled = true)
    {
        if (!MayDescribeLoan(sentence)) return false;
        var loans = LoanWords().Count(sentence);
        // "turn his loan into a permanent deal" is no loan; "a loan with an option for a permanent move" is one.
        if (loans == 0 || Permanent().IsMatch(sentence) && !ClauseToPermanent().IsMatch(sentence)) return false;
        var states = LoanState().Count(sentence) + (settled ? 0 : PastLoanDeed().Count(sentence));
        return loans > states;
    }

    /// <summary>Whether the sentence holds a word a loan is told with at all: a quick test before any closer reading.</summary>
    public static bool MayDescribeLoan(string sentence) =>
        sentence.Contains("loan", StringComparison.OrdinalIgnoreCase) || sentence.Contains("temporar", StringComparison.OrdinalIgnoreCase) || sentence.Contains("borrow", StringComparison.OrdinalIgnoreCase);

    // "the temporary acquisition of the player's registration rights", "a temporary move", "has temporarily acquired": a loan in other words.
    [GeneratedRegex(@"\bloan(?:ed|s)?\b|\bborrow(?:s|ed|ing)?\b|\btemporary (?:acquisition|move|deal|switch|basis|transfer)\b|\btemporarily (?:acquired|acquires|signed|signs|joined|joins|transferred|moved)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoanWords();

    // Each alternative holds one loan word: the state it names is his, not the move's ("the on-loan striker", where
    // "joins Lazio on-loan to the end of the season" is the move; "The winger, on loan at Genoa," but not "heading off for
    // a season on loan at Birmingham"). A loan as a time he had ("his impact during his six-month loan", "the former
    // loan player") or as a kind of player other than him ("bolstered the side with loan players") is no move either, nor
    // a loan one side is against or rules out ("against a loan, yet open to payment in stages"), nor the loan back to the
    // club he leaves ("would re-join Santos on loan for the rest of the season", "will return to the Buddies on loan",
    // "loaned back").
    [GeneratedRegex(@"\b(?:re-?join|return to|go back to) (?:the )?(?:\S+ ){0,2}on (?:a )?loan\b|\bloaned back\b|\bloan (?:spells?|stints?)\b|\b(?:spells?|stints?) on loan\b|\b(?:spent|spend|spends|spending) (?:\S+ ){0,6}on (?:a )?(?:\S+ )?loan\b|\b(?:is|was|were|been|currently|while|remains|still) (?:\w+ly )?on (?:a )?(?:\S+ )?loan\b|\bon-loan\b(?! (?:to|until|from|for|with|at|deal|move|switch|agreement)\b)|\breturned from (?:his |a |their )?(?:\S+ )?loans?\b|\b(?:his|the|a) loan (?:\S+ ){0,3}?(?:ended|expired|ends|expires|was cut short)\b|(?<=, ?)on loan (?:at|with)\b|\bshipped out on loan\b|\bloans\b|\bbeen (?:a |an )?(?:\S+ ){0,3}loan\b|\b(?:end|ends|ended|ending|terminate|terminated|terminating|cancel|cancelled|cut short) (?:his |the |their )?(?:\S+ )?loan\b|\brecalled (?:\S+ ){0,3}?from (?:his |a |the )?(?:\S+ )?loan\b|\bloan (?:club|side|team)\b|\bopen to (?:\S+ ){0,3}on loan\b|\bavailable (?:for|on) loan\b|\b(?:during|throughout) (?:his|her|a|the|their) (?:\S+ )?loan\b|\bformer loan\b|\bloan (?:players|signings|stars|recruits|army)\b|\b(?:against|rather than|instead of|ruled? out|rules out|ruling out|opposed to) (?:a |any |the )?(?:\S+ )?loan\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoanState();

    [GeneratedRegex(@"\b(?:signed|joined|moved|went) (?:for |to )?(?:\S+ ){0,4}on (?:a )?(?:\S+ )?loan\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastLoanDeed();

    [GeneratedRegex(@"\G[^.;]{0,40}?\b(?:becomes?|becoming|turns? into) (?:obligatory|mandatory|compulsory|an obligation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BecomesObligation();

    // "an option to make it permanent", "a loan move with a permanent option": the clause that may end the loan.
    [GeneratedRegex(@"\b(?:option|obligation|view) (?:\S+ ){0,3}(?:a |the )?permanent(?:ly)?\b|\bpermanent (?:option|obligation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseToPermanent();

    [GeneratedRegex(@"\bpermanent(?:ly)?\b|\bmake (?:it|the move|the deal) permanent\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Permanent();

    [GeneratedRegex(@"\b(?:obligation|obligatory|mandatory|option) (?:to buy|to purchase|to sign|to make)|\b(?:buy|purchase)(?:ing)? (?:option|obligation)\b|\bmandatory purchase\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BuyClauseWords();
}
