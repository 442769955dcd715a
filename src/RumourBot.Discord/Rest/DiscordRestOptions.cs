namespace RumourBot.Discord.Rest;

/// <summary>How the REST client reaches Discord.</summary>
public sealed class DiscordRestOptions
{
    /// <summary>The API root with its version; tests point it at FakeDiscord.</summary>
    public Uri BaseUrl { get; set; } = new("https://discord.com/api/v10/");

    /// <summary>The bot token, sent as "Authorization: Bot &lt;token&gt;" and never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>Discord requires "DiscordBot (url, version)".</summary>
    public string UserAgent { get; set; } = "DiscordBot (https://github.com/rumourbot/rumourbot, 1.0)";

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts for a request that meets a 5xx or a timeout before giving up.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>
    /// 429s a request waits out before giving up. Each is waited for as long as Discord says, so more are allowed than
    /// failures: several processes of one bot share the global limit and meet it without knowing of each other.
    /// </summary>
    public int MaxRateLimitWaits { get; set; } = 10;

    /// <summary>
    /// Requests per second across the bot. Discord's global limit is 50 (interaction routes exempt); we keep a
    /// margin because Discord counts arrivals and we can only count sends.
    /// </summary>
    public int GlobalRequestsPerSecond { get; set; } = 45;

    /// <summary>
    /// Past this many 401/403/429 responses in 10 minutes optional requests are withheld. Discord bans the IP at
    /// 10,000; half leaves room for what must still go (answers) and for other processes on the same IP.
    /// </summary>
    public int InvalidRequestSafeLimit { get; set; } = 5_000;

    /// <summary>How long a 403 50001/50013 in a channel withholds optional requests there, unless something changes first.</summary>
    public TimeSpan RefusalLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A rate-limit bucket unused this long (and past its reset) is forgotten, so one per interaction does not pile up.</summary>
    public TimeSpan BucketIdleAfter { get; set; } = TimeSpan.FromMinutes(1);

    public override string ToString() => $"DiscordRestOptions {{ BaseUrl = {BaseUrl} }}"; // never the token
}
