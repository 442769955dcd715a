namespace RumourBot.Reports.Text;

/// <summary>The months in lower case, as a regex alternation for patterns and as words for word lists.</summary>
internal static class MonthNames
{
    public const string Alternation = "january|february|march|april|may|june|july|august|september|october|november|december";

    public static readonly string[] All = Alternation.Split('|');
}
