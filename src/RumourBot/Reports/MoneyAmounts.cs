using System.Globalization;

namespace RumourBot.Reports;

/// <summary>Reads the amount and currency of a sum as written: "£1.2bn", "20,000,000", "twenty million pounds".</summary>
internal static class MoneyAmounts
{
    // "£" and "€" have no case: answered before ToUpperInvariant, which hands any non-ASCII text to ICU.
    public static string CurrencyCode(string symbol) => symbol.Trim() is "£" ? "GBP" : symbol.Trim() is "€" ? "EUR" : symbol.Trim().ToUpperInvariant() switch
    {
        "£" or "GBP" or "POUNDS" or "POUND" or "POUNDS STERLING" => "GBP",
        "€" or "EUR" or "EUROS" or "EURO" => "EUR",
        _ => "USD",
    };

    // "20,000,000" and "2.800.000" (two dots or more: thousands, not a decimal point).
    public static decimal ParseNumber(string digits) =>
        decimal.Parse((digits.IndexOf('.') != digits.LastIndexOf('.') ? digits.Replace(".", "", StringComparison.Ordinal) : digits).Replace(",", "", StringComparison.Ordinal),
            NumberStyles.Number, CultureInfo.InvariantCulture);

    public static decimal ToMillions(decimal number, string unit) => unit.ToLowerInvariant() switch
    {
        "bn" or "billion" => number * 1000m,
        "m" or "mn" or "mln" or "million" => number,
        "k" or "thousand" => number / 1000m,
        _ => number / 1_000_000m,
    };

    private static readonly Dictionary<string, decimal> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["half"] = 0.5m,
    };

    public static decimal? WordsToNumber(string words)
    {
        decimal total = 0;
        foreach (var word in words.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            // "half a million", "one and a half million": the joining words carry no number.
            if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("and", StringComparison.OrdinalIgnoreCase)) continue;
            if (!NumberWords.TryGetValue(word, out var value)) return null;
            total = value == 100 ? Math.Max(total, 1) * 100 : total + value;
        }
        return total == 0 ? null : total;
    }
}
