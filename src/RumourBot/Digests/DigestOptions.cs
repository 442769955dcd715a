namespace RumourBot.Digests;

/// <summary>How digests are made (configuration section "Digests").</summary>
public sealed class DigestOptions
{
    public const string Section = "Digests";

    /// <summary>The time zone of /digest schedule when none is given (IANA name).</summary>
    public string DefaultTimeZone { get; set; } = "Europe/London";

    /// <summary>Digests go out at most this often; a cron that fires more often is refused.</summary>
    public TimeSpan MinimumInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>What /digest now covers in a server with no schedule: this far back.</summary>
    public TimeSpan DefaultWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// A report published longer than this before the bot imported it is a backfill (an old article from a newly
    /// added feed, the bundled seeds), not news: it is left out of the rumour sections.
    /// </summary>
    public TimeSpan NewsMaxAge { get; set; } = TimeSpan.FromDays(3);

    /// <summary>At most this many entries per section; the rest are counted ("and 12 more").</summary>
    public int MaxItemsPerSection { get; set; } = 10;

    /// <summary>How many of the hottest rumours to show.</summary>
    public int HottestCount { get; set; } = 5;

    public bool HasKnownTimeZone => TimeZoneInfo.TryFindSystemTimeZoneById(DefaultTimeZone, out _);
}
