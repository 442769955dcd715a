namespace RumourBot.Reports.Moves;

/// <summary>
/// "denied making a £275m bid… claims Real Madrid had bid €310m": one sum told in two currencies, the original and the
/// outlet's conversion, with no brackets to say which is which. When both clubs of the move pay in one currency, that
/// is the original; a figure in another currency that converts to it is the same sum, not a second reading.
/// </summary>
internal static class HomeCurrency
{
    private static readonly HashSet<string> EuroCountries = new(StringComparer.OrdinalIgnoreCase)
    {
        "Spain", "France", "Italy", "Germany", "Portugal", "Netherlands", "Belgium", "Austria", "Ireland", "Greece", "Finland",
        "Slovakia", "Slovenia", "Cyprus", "Malta", "Luxembourg", "Estonia", "Latvia", "Lithuania", "Croatia", "Monaco",
    };

    private static readonly HashSet<string> PoundCountries = new(StringComparer.OrdinalIgnoreCase) { "England", "Scotland", "Wales", "Northern Ireland" };

    /// <summary>The currency both of the move's clubs pay in, or null when they differ or one is unknown.</summary>
    public static string? Of(AnalysedArticle article, IReadOnlyCollection<string> moveClubs)
    {
        if (moveClubs.Count != 2) return null;
        string? shared = null;
        foreach (var name in moveClubs)
        {
            var club = article.Clubs.Select(c => c.Club).FirstOrDefault(c => c is not null && c.Name == name);
            var currency = club is null ? null : EuroCountries.Contains(club.Country) ? "EUR" : PoundCountries.Contains(club.Country) ? "GBP" : club.Country == "United States" ? "USD" : null;
            if (currency is null || shared is not null && shared != currency) return null;
            shared = currency;
        }
        return shared;
    }

    // Rough euros per unit, wide enough for the rates of the last twenty years.
    private static decimal? InEuros(Fee fee) => fee.Currency switch
    {
        "EUR" => fee.AmountMillions,
        "GBP" => fee.AmountMillions * 1.17m,
        "USD" => fee.AmountMillions * 0.88m,
        _ => null,
    };

    /// <summary>Whether two sums in different currencies are the same sum converted (within 12% at a rough rate).</summary>
    public static bool Converted(Fee a, Fee b)
    {
        if (a.Currency == b.Currency || InEuros(a) is not { } x || InEuros(b) is not { } y || x <= 0 || y <= 0) return false;
        return Math.Abs(x - y) <= Math.Max(x, y) * 0.12m;
    }
}
