using System.Globalization;
using Humanizer;
using RumourBot.Reports;
using RumourBot.Reports.Sources;

namespace RumourBot.Rumours;

/// <summary>How rumours read in replies: fees as fans write them ("just over £20m"), times as "2 days ago".</summary>
public static class RumourText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <param name="unclear">A figure was reported but the analysis was not sure it is this move's fee.</param>
    /// <param name="unsure">The fee was stated, but with too little confidence to show it plainly.</param>
    public static string Fee(Fee? fee, bool unclear = false, bool unsure = false)
    {
        if (fee is null) return unclear ? "fee not clear" : "fee unknown";
        return unsure ? $"{Figure(fee)} (unsure)" : Figure(fee);
    }

    /// <summary>"in talks", or "in talks (unsure)" when no sentence naming the player told it.</summary>
    public static string Status(MoveStatus status, bool unsure = false) => unsure ? $"{status.Describe()} (unsure)" : status.Describe();

    private static string Figure(Fee fee)
    {
        if (fee.Qualifier == "free") return "free transfer";
        if (fee.Text.Length is > 0 and <= 60) return fee.Text; // the reporter's own words: "just over £20 million"
        var symbol = fee.Currency switch { "GBP" => "£", "EUR" => "€", "USD" => "$", _ => "" };
        return fee.AmountMillions >= 1
            ? $"{symbol}{fee.AmountMillions.ToString("0.##", CultureInfo.InvariantCulture)}m"
            : $"{symbol}{(fee.AmountMillions * 1000).ToString("0", CultureInfo.InvariantCulture)}k";
    }

    public static string Source(CitedSource? source) => source switch
    {
        null => "no rated source",
        { Tier: { } tier } => $"{source.Name} (tier {tier})",
        _ => $"{source.Name} (unrated)",
    };

    public static string Ago(DateTimeOffset when, DateTimeOffset now) => when.Humanize(now, English);

    public static string Date(DateTimeOffset when) => when.ToString("d MMM yyyy", English);

    public static string Reports(int count) => "report".ToQuantity(count);
}
