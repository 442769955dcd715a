using System.Globalization;
using Cronos;
using Humanizer;

namespace RumourBot.Digests;

/// <summary>
/// When a server's digests go out: a five-field cron expression read in an IANA time zone, so "0 9 * * *" in
/// Europe/London is 09:00 local all year (08:00 UTC in summer). Cronos does the calendar and the clock changes.
/// </summary>
public sealed class DigestTiming
{
    private const string Examples = "For example 0 9 * * * is 09:00 every day, 0 18 * * 5 is 18:00 on Fridays, 30 8 * * 1-5 is 08:30 on weekdays.";
    private const int IntervalSamples = 500;

    private DigestTiming(CronExpression cron, string text, TimeZoneInfo zone)
    {
        Cron = cron;
        Text = text;
        Zone = zone;
    }

    public CronExpression Cron { get; }

    /// <summary>The expression as stored and shown: the fields as given, single-spaced.</summary>
    public string Text { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>The first slot strictly after <paramref name="moment"/>, if the expression ever fires again.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset moment) => Cron.GetNextOccurrence(moment, Zone)?.ToUniversalTime();

    /// <summary>The latest slot at or before <paramref name="moment"/>: after downtime, the one slot worth a catch-up.</summary>
    public DateTimeOffset? LatestAtOrBefore(DateTimeOffset moment) => Cron.GetPreviousOccurrence(moment, Zone, inclusive: true)?.ToUniversalTime();

    /// <summary>A stored schedule's timing; null if what was stored no longer reads (a time zone the machine lost).</summary>
    public static DigestTiming? Of(DigestSchedule schedule) =>
        CronExpression.TryParse(schedule.Cron, CronFormat.Standard, out var cron) && TimeZoneInfo.TryFindSystemTimeZoneById(schedule.TimeZone, out var zone)
            ? new DigestTiming(cron, schedule.Cron, zone)
            : null;

    /// <summary>
    /// Reads what a moderator typed. Every problem is a sentence saying what is wrong, with examples: a wrong number
    /// of fields (seconds are not taken), a field Cronos cannot read, an unknown time zone, a date that never comes,
    /// or slots closer together than <paramref name="minimumInterval"/>.
    /// </summary>
    public static (DigestTiming? Timing, string? Problem) Parse(string cronText, string zoneName, TimeSpan minimumInterval, DateTimeOffset now)
    {
        var fields = cronText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join(' ', fields);
        if (fields.Length != 5)
        {
            var why = fields.Length == 6
                ? "has 6 fields, but seconds are not supported: use the five fields minute hour day-of-month month day-of-week"
                : $"has {fields.Length} field{(fields.Length == 1 ? "" : "s")}; a cron expression has five: minute hour day-of-month month day-of-week";
            return (null, $"The schedule \"{text}\" {why}. {Examples}");
        }
        if (!CronExpression.TryParse(text, CronFormat.Standard, out var cron))
        {
            return (null, $"The schedule \"{text}\" is not a cron expression I can read ({ProblemOf(text)}). {Examples}");
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneName.Trim(), out var zone))
        {
            return (null, $"\"{zoneName.Trim()}\" is not a time zone I know. Use an IANA name such as Europe/London, Europe/Madrid or America/New_York.");
        }
        var timing = new DigestTiming(cron, text, zone);
        if (timing.NextAfter(now) is null) return (null, $"The schedule \"{text}\" never comes round (no such date). {Examples}");
        if (timing.ShortestGap(now) is { } gap && gap < minimumInterval)
        {
            return (null, $"The schedule \"{text}\" would post every {gap.Humanize(culture: CultureInfo.InvariantCulture)}; digests go out at most once every {minimumInterval.Humanize(culture: CultureInfo.InvariantCulture)}. {Examples}");
        }
        return (timing, null);
    }

    // The closest two slots come over the next few hundred: enough to see every pattern of a week or a month.
    private TimeSpan? ShortestGap(DateTimeOffset now)
    {
        TimeSpan? shortest = null;
        var previous = NextAfter(now);
        for (var i = 0; i < IntervalSamples && previous is { } from; i++)
        {
            var next = NextAfter(from);
            if (next is null) break;
            var gap = next.Value - from;
            if (shortest is null || gap < shortest) shortest = gap;
            previous = next;
        }
        return shortest;
    }

    private static string ProblemOf(string text)
    {
        try
        {
            CronExpression.Parse(text, CronFormat.Standard);
            return "unknown problem";
        }
        catch (CronFormatException error)
        {
            return error.Message.TrimEnd('.');
        }
    }
}
