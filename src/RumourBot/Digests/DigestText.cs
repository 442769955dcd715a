using System.Globalization;
using RumourBot.Reports;
using RumourBot.Rumours;

namespace RumourBot.Digests;

/// <summary>How digests read: local times in the server's time zone, and one line per rumour.</summary>
public static class DigestText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"Tue 2 Mar 09:00", in the digest's time zone.</summary>
    public static string LocalTime(DateTimeOffset when, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(when, zone).ToString("ddd d MMM HH:mm", English);

    /// <summary>"Tue 2 Mar 09:00 (a day ago)".</summary>
    public static string LocalTimeAndAgo(DateTimeOffset when, TimeZoneInfo zone, DateTimeOffset now) =>
        $"{LocalTime(when, zone)} ({RumourText.Ago(when, now)})";

    /// <summary>"Trent Alexander-Arnold: Liverpool → Real Madrid".</summary>
    public static string Headline(RumourNews news) => news.Route.Length == 0 ? news.Player : $"{news.Player}: {news.Route}";

    public static string Status(MoveStatus status, bool unsure = false) => RumourText.Status(status, unsure);
}
