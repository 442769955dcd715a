using System.Diagnostics;
using System.Net;
using FakeDiscord.Model;
using FakeDiscord.RateLimits;
using RumourBot.Discord.Models;
using RumourBot.Discord.Rest;
using RumourBot.Discord.Tests.Support;

namespace RumourBot.Discord.Tests.Rest;

/// <summary>The REST client against FakeDiscord, which enforces Discord's rate limits with real 429s.</summary>
public class DiscordRestClientTests
{
    private static readonly string Channel = SampleIds.RumoursChannel.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static MessageBody Text(string content) => new(content, AllowedMentions: AllowedMentions.None);

    [Fact]
    public async Task Every_request_carries_the_bot_token_and_a_discordbot_user_agent()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.CreateMessageAsync(Channel, Text("hello"), default);

        var request = Assert.Single(harness.Server.Requests);
        Assert.StartsWith("Bot ", request.Headers["Authorization"]);
        Assert.Matches(@"^DiscordBot \(https?://[^,]+, [^)]+\)", request.Headers["User-Agent"]);
        Assert.Equal("application/json", request.Headers["Content-Type"].Split(';')[0]);
    }

    [Fact]
    public async Task A_burst_of_500_requests_completes_with_no_429_at_all()
    {
        // Discord's shapes with shorter windows so the test takes seconds: 5 per 100 ms per channel, 50 per second globally.
        await using var harness = await RestHarness.StartAsync(o => o.RateLimits.CreateMessage = new RouteLimit(5, TimeSpan.FromMilliseconds(100)));
        var channels = new[] { SampleIds.GeneralChannel, SampleIds.RumoursChannel, SampleIds.PollsChannel }
            .Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        await Task.WhenAll(Enumerable.Range(0, 500).Select(i => harness.Client.CreateMessageAsync(channels[i % channels.Length], Text($"message {i}"), default)));

        Assert.True(harness.Server.TooManyRequestsCount == 0, string.Join("; ", harness.Server.Requests.Where(r => r.Status == 429)
            .Select(r => $"{r.Path} at {r.ReceivedAt:ss.fff} #{r.Number}")) + " | " + string.Join(" | ", harness.Log.Lines));
        Assert.Equal(500, harness.Server.Requests.Count(r => r.Status == 200));
    }

    [Fact]
    public async Task A_route_429_is_waited_out_then_the_request_succeeds()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Server.FailNext("POST /channels/{channel_id}/messages", 429, retryAfter: TimeSpan.FromMilliseconds(400));
        var clock = Stopwatch.StartNew();

        var message = await harness.Client.CreateMessageAsync(Channel, Text("after the wait"), default);

        Assert.NotNull(message);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(350), $"retried after {clock.ElapsedMilliseconds} ms");
        Assert.Equal([429, 200], harness.Server.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task More_429s_than_attempts_for_failures_are_waited_out_and_the_request_succeeds()
    {
        // Several processes of one bot meet the global limit without knowing of each other: a 429 is a wait, not a failure.
        await using var harness = await RestHarness.StartAsync();
        harness.Server.FailNext("POST /channels/{channel_id}/messages", 429, times: 6, retryAfter: TimeSpan.FromMilliseconds(50));

        var message = await harness.Client.CreateMessageAsync(Channel, Text("after six waits"), default);

        Assert.NotNull(message);
        // Six planned 429s, and the channel's real limit (5 per 5 s) may add one: more than MaxAttempts either way.
        var statuses = harness.Server.Requests.Select(r => r.Status).ToList();
        Assert.True(statuses.Count(s => s == 429) >= 6 && statuses[^1] == 200, string.Join(" ", statuses));
    }

    [Fact]
    public async Task A_request_still_rate_limited_after_every_allowed_wait_fails_with_discords_429()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Server.FailNext("POST /channels/{channel_id}/messages", 429, times: 20, retryAfter: TimeSpan.FromMilliseconds(20));

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.CreateMessageAsync(Channel, Text("never"), default));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Equal(new DiscordRestOptions().MaxRateLimitWaits, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task A_global_429_pauses_every_request_then_all_of_them_go_through()
    {
        await using var harness = await RestHarness.StartAsync(o =>
        {
            o.RateLimits.Global = new RouteLimit(5, TimeSpan.FromMilliseconds(500));
            o.RateLimits.CreateMessage = RouteLimit.Unlimited;
        });
        var log = new ListLogger<DiscordRestClient>();
        var careless = harness.NewClient(log, globalPerSecond: 1000); // a client that believes the global limit is higher

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => careless.CreateMessageAsync(Channel, Text($"m{i}"), default)));

        Assert.Equal(20, harness.Server.Requests.Count(r => r.Status == 200));
        Assert.Contains(log.Lines, l => l.Contains("scope global", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_shared_429_from_another_bots_use_of_the_resource_is_waited_out()
    {
        await using var harness = await RestHarness.StartAsync(o => o.RateLimits.CreateMessage = new RouteLimit(2, TimeSpan.FromMilliseconds(400), "shared"));
        var otherLog = new ListLogger<DiscordRestClient>();
        var otherBot = harness.NewClient(otherLog);

        // Two clients that do not know of each other share the channel's limit: one of them meets the 429.
        await Task.WhenAll(Enumerable.Range(0, 6).SelectMany(i => new[]
        {
            harness.Client.CreateMessageAsync(Channel, Text($"a{i}"), default),
            otherBot.CreateMessageAsync(Channel, Text($"b{i}"), default),
        }));

        Assert.Equal(12, harness.Server.Requests.Count(r => r.Status == 200));
        Assert.Contains(harness.Log.Lines.Concat(otherLog.Lines), l => l.Contains("scope shared", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Server_errors_are_retried_with_backoff(int status)
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Server.FailNext("POST /channels/{channel_id}/messages", status, times: 2);

        var message = await harness.Client.CreateMessageAsync(Channel, Text("third time lucky"), default);

        Assert.NotNull(message);
        Assert.Equal([status, status, 200], harness.Server.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task A_4xx_surfaces_as_a_typed_error_with_discords_code()
    {
        await using var harness = await RestHarness.StartAsync();

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.EditMessageAsync(Channel, "1234567890123", Text("x"), default));

        Assert.Equal(HttpStatusCode.NotFound, error.Status);
        Assert.Equal(10008, error.Code);
    }

    [Fact]
    public async Task Content_over_2000_characters_is_refused_by_discord_with_50035()
    {
        await using var harness = await RestHarness.StartAsync();

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.CreateMessageAsync(Channel, Text(new string('x', 2001)), default));

        Assert.Equal(50035, error.Code);
    }

    [Fact]
    public async Task A_bad_token_is_a_401_whose_message_never_contains_the_token()
    {
        const string token = "definitely-not-the-token";
        await using var harness = await RestHarness.StartAsync(token: token);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.GetGatewayBotAsync(default));

        Assert.True(error.IsUnauthorized);
        Assert.DoesNotContain(token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unicode_reaction_is_percent_encoded_in_the_path()
    {
        await using var harness = await RestHarness.StartAsync();
        var message = await harness.Client.CreateMessageAsync(Channel, Text("poll"), default);

        await harness.Client.AddOwnReactionAsync(Channel, message!.Id, "✅", default);

        Assert.Contains(harness.Server.Requests, r => r.Path.Contains("/reactions/%E2%9C%85/@me", StringComparison.Ordinal) && r.Status == 204);
    }
}
