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

    /// <summary>Attempts for a request that meets a 5xx, a timeout or a 429 before giving up.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>
    /// Requests per second across the bot. Discord's global limit is 50 (interaction routes exempt); we keep a
    /// margin because Discord counts arrivals and we can only count sends.
    /// </summary>
    public int GlobalRequestsPerSecond { get; set; } = 45;

    public override string ToString() => $"DiscordRestOptions {{ BaseUrl = {BaseUrl} }}"; // never the token
}
