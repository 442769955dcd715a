namespace RumourBot.Feeds;

/// <summary>How feeds are polled (configuration section "Feeds").</summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>How often each feed is checked for new articles.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The longest wait between checks of a failing feed (the wait doubles with each failure up to this).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How many feeds one server may follow.</summary>
    public int MaxFeedsPerServer { get; set; } = 20;

    /// <summary>At most this many new articles are fetched from one feed per check (the newest first).</summary>
    public int MaxArticlesPerCheck { get; set; } = 50;

    /// <summary>How many of a feed's articles are fetched at once.</summary>
    public int ArticleConcurrency { get; set; } = 4;

    /// <summary>Null when the settings make sense; otherwise what to fix.</summary>
    public string? Problem() =>
        PollInterval < TimeSpan.FromMinutes(1) || PollInterval > TimeSpan.FromDays(1) ? "Feeds:PollInterval must be between 1 minute and 1 day."
        : MaxBackoff < PollInterval || MaxBackoff > TimeSpan.FromDays(7) ? "Feeds:MaxBackoff must be between Feeds:PollInterval and 7 days."
        : MaxFeedsPerServer is < 1 or > 100 ? "Feeds:MaxFeedsPerServer must be between 1 and 100."
        : MaxArticlesPerCheck is < 1 or > 500 ? "Feeds:MaxArticlesPerCheck must be between 1 and 500."
        : ArticleConcurrency is < 1 or > 16 ? "Feeds:ArticleConcurrency must be between 1 and 16."
        : null;
}
