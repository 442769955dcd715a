using System.Text.RegularExpressions;

namespace RumourBot.Reports.Moves;

/// <summary>Whether a move is a loan, and whether its buy clause is an option or an obligation.</summary>
internal static partial class LoanTerms
{
    // "on a season-long loan with an obligation to buy"; "turn his loan into a permanent deal" is no loan.
    public static (bool IsLoan, string? BuyClause) Read(IEnumerable<string> sentences)
    {
        var loan = false;
        string? clause = null;
        foreach (var sentence in sentences)
        {
            if (!LoanWords().IsMatch(sentence) || Permanent().IsMatch(sentence)) continue;
            loan = true;
            if (BuyClauseWords().Match(sentence) is { Success: true } match)
            {
                clause ??= match.Value.StartsWith("oblig", StringComparison.OrdinalIgnoreCase) || match.Value.Contains("mandatory", StringComparison.OrdinalIgnoreCase)
                    ? "obligation" : "option";
            }
        }
        return (loan, loan ? clause : null);
    }

    [GeneratedRegex(@"\bloan(?:ed|s)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoanWords();

    [GeneratedRegex(@"\bpermanent(?:ly)?\b|\bmake (?:it|the move|the deal) permanent\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Permanent();

    [GeneratedRegex(@"\b(?:obligation|obligatory|mandatory|option) (?:to buy|to purchase|to sign|to make)|\b(?:buy|purchase)(?:ing)? (?:option|obligation)\b|\bmandatory purchase\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BuyClauseWords();
}
