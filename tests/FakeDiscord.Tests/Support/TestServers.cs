using FakeDiscord.RateLimits;

namespace FakeDiscord.Tests.Support;

/// <summary>Servers for tests that are not about rate limits: same routes, limits out of the way.</summary>
internal static class TestServers
{
    public static Task<FakeDiscordServer> StartAsync(Action<FakeDiscordOptions>? configure = null)
    {
        var options = new FakeDiscordOptions();
        configure?.Invoke(options);
        return FakeDiscordServer.StartAsync(options);
    }

    public static Task<FakeDiscordServer> StartWithoutRateLimitsAsync(Action<FakeDiscordOptions>? configure = null) =>
        StartAsync(options =>
        {
            options.RateLimits = new RateLimitOptions { Enabled = false };
            configure?.Invoke(options);
        });
}
