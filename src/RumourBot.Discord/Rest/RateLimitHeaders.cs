using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using RumourBot.Discord.Models;

namespace RumourBot.Discord.Rest;

/// <summary>What Discord's responses say about rate limits: the X-RateLimit-* and Retry-After headers, a 429's body.</summary>
internal static class RateLimitHeaders
{
    public static string? Text(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    public static int? Int(HttpResponseMessage response, string name) =>
        int.TryParse(Text(response, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static TimeSpan? Seconds(HttpResponseMessage response, string name) =>
        double.TryParse(Text(response, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;

    /// <summary>A 429's wait: its body's retry_after (at least 50 ms), else the Retry-After header, else 1 s.</summary>
    public static async Task<TimeSpan> RetryAfterAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync(DiscordJsonContext.Default.RateLimitedBody, cancellationToken);
            if (body is not null) return TimeSpan.FromSeconds(Math.Max(body.RetryAfter, 0.05));
        }
        catch (JsonException)
        {
            // fall back to the header
        }
        return Seconds(response, "Retry-After") ?? TimeSpan.FromSeconds(1);
    }
}
