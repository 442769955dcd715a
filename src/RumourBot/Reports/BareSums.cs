using System.Text.RegularExpressions;

namespace RumourBot.Reports;

/// <summary>
/// Sums written without a currency in a sentence that has already given one: "up to 43.7 million pounds, consisting
/// of an initial 26.2 million fee plus 17.5 million in potential add-ons". They take the currency of the sum before them.
/// </summary>
internal static partial class BareSums
{
    public delegate MoneyMention Describer(string sentence, int start, int end, decimal low, decimal? high, string currency, bool plus);

    public static void AddInherited(string sentence, List<MoneyMention> found, Describer describe)
    {
        var added = new List<MoneyMention>();
        foreach (Match match in Bare().Matches(sentence))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            if (found.Any(f => f.Start <= end && start <= f.End)) continue; // part of a sum already read ("€75/80m")
            if (start > 0 && sentence[start - 1] is '£' or '€' or '$' or '/' or '-' or '.') continue;
            var after = sentence.AsSpan(end);
            var before = sentence.AsSpan(0, start);
            // Only where the words make it money: "a 26.2 million fee", "plus 17.5 million in add-ons".
            var addedWord = MoneyBefore().Match(before.ToString());
            if (!FeeAfter().IsMatch(after) && !addedWord.Success) continue;
            var previous = found.Where(f => f.End <= start && f.Amount.Currency is not null).OrderBy(f => f.End).LastOrDefault();
            if (previous?.Amount.Currency is not { } currency) continue;
            var amount = MoneyAmounts.ToMillions(MoneyAmounts.ParseNumber(match.Groups["a"].Value), match.Groups["unit"].Value);
            var mention = describe(sentence, start, end, amount, null, currency, false);
            // "can grow with another 5 million", "plus 17.5 million": a sum added on top is add-ons, whatever follows it.
            if (addedWord.Success && !addedWord.Value.StartsWith("initial", StringComparison.OrdinalIgnoreCase) && mention.Kind == MoneyKind.TransferFee) mention = mention with { Kind = MoneyKind.AddOns };
            added.Add(mention);
        }
        found.AddRange(added);
    }

    [GeneratedRegex(@"(?<![\w£€$])(?<a>\d+(?:\.\d+)?)\s?(?<unit>million|m|bn|billion)\b(?!\s(?:pounds|euros?|dollars|fans|people|viewers|followers|inhabitants))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Bare();

    [GeneratedRegex(@"^\s(?:fee|transfer fee|in (?:potential |possible )?(?:add-ons|bonuses|variables))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FeeAfter();

    [GeneratedRegex(@"\b(?:initial|plus|rising to|another|a further|an additional)\s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MoneyBefore();
}
