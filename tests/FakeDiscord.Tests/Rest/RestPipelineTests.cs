using System.Globalization;
using System.Net;
using FakeDiscord.Model;
using FakeDiscord.RateLimits;
using FakeDiscord.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FakeDiscord.Tests.Rest;

public sealed class RestPipelineTests
{
    private const string Messages = "channels/1310000000000000101/messages";

    [Fact]
    public async Task Requests_without_the_bot_token_get_401()
    {
        await using var server = await TestServers.StartAsync();
        using var anonymous = DiscordHttp.Create(server, authorize: false);
        using var wrong = DiscordHttp.Create(server, authorize: false);
        wrong.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bot not-the-token");
        using var bare = DiscordHttp.Create(server, authorize: false);
        bare.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", server.Options.Token);

        foreach (var client in new[] { anonymous, wrong, bare })
        {
            using var response = await client.GetAsync("users/@me");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var body = await response.ReadJsonAsync();
            Assert.Equal("401: Unauthorized", body["message"]!.GetValue<string>());
            Assert.Equal(0, body.ErrorCode());
        }
    }

    [Fact]
    public async Task Requests_without_a_DiscordBot_user_agent_get_403()
    {
        await using var server = await TestServers.StartAsync();
        using var client = DiscordHttp.Create(server, userAgent: false);
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "Mozilla/5.0");

        using var response = await client.GetAsync("users/@me");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(40333, (await response.ReadJsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task Gateway_discovery_returns_the_fake_gateway()
    {
        await using var server = await TestServers.StartAsync();
        using var client = DiscordHttp.Create(server);
        using var anonymous = DiscordHttp.Create(server, authorize: false);

        var bot = await client.GetJsonAsync("gateway/bot");
        var open = await anonymous.GetJsonAsync("gateway");

        Assert.Equal(server.GatewayUrl, bot!["url"]!.GetValue<string>());
        Assert.Equal(1, bot["shards"]!.GetValue<int>());
        Assert.Equal(1000, bot["session_start_limit"]!["total"]!.GetValue<int>());
        Assert.Equal(1, bot["session_start_limit"]!["max_concurrency"]!.GetValue<int>());
        Assert.Equal(server.GatewayUrl, open!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_response_carries_the_rate_limit_headers()
    {
        await using var server = await TestServers.StartAsync();
        using var client = DiscordHttp.Create(server);

        using var response = await client.GetAsync("users/@me");

        response.EnsureSuccessStatusCode();
        Assert.Equal("5", response.Header("X-RateLimit-Limit"));
        Assert.Equal("4", response.Header("X-RateLimit-Remaining"));
        Assert.Matches(@"^\d+\.\d{3}$", response.Header("X-RateLimit-Reset"));
        Assert.Equal(5.0, double.Parse(response.Header("X-RateLimit-Reset-After"), CultureInfo.InvariantCulture), 1);
        Assert.Matches("^[0-9a-f]{32}$", response.Header("X-RateLimit-Bucket"));
    }

    [Fact]
    public async Task Exceeding_a_bucket_gets_a_real_429_and_other_channels_are_counted_apart()
    {
        await using var server = await TestServers.StartAsync();
        using var client = DiscordHttp.Create(server);
        var remaining = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            using var ok = await client.PostJsonAsync(Messages, new { content = $"tally {i}" });
            ok.EnsureSuccessStatusCode();
            remaining.Add(ok.Header("X-RateLimit-Remaining"));
        }

        using var limited = await client.PostJsonAsync(Messages, new { content = "one too many" });
        using var elsewhere = await client.PostJsonAsync("channels/1310000000000000102/messages", new { content = "other channel" });

        Assert.Equal(["4", "3", "2", "1", "0"], remaining);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var body = await limited.ReadJsonAsync();
        Assert.Equal("You are being rate limited.", body["message"]!.GetValue<string>());
        Assert.False(body["global"]!.GetValue<bool>());
        Assert.InRange(body["retry_after"]!.GetValue<double>(), 0.001, 5.0);
        Assert.Equal("user", limited.Header("X-RateLimit-Scope"));
        Assert.Equal("0", limited.Header("X-RateLimit-Remaining"));
        Assert.Matches(@"^\d+$", limited.Header("Retry-After"));
        Assert.Equal(string.Empty, limited.Header("X-RateLimit-Global"));
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        Assert.Equal(limited.Header("X-RateLimit-Bucket"), elsewhere.Header("X-RateLimit-Bucket"));
        Assert.Equal(1, server.TooManyRequestsCount);
        Assert.Equal("user", server.Requests.Single(r => r.Status == 429).ResponseHeaders["X-RateLimit-Scope"]);
        Assert.Equal(5, server.GetMessages(SampleIds.GeneralChannel).Count);
    }

    [Fact]
    public async Task A_bucket_refills_when_its_window_passes_on_the_injected_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await TestServers.StartAsync(o => o.TimeProvider = clock);
        using var client = DiscordHttp.Create(server);
        for (var i = 0; i < 5; i++)
        {
            (await client.PostJsonAsync(Messages, new { content = "x" })).EnsureSuccessStatusCode();
        }

        using var limited = await client.PostJsonAsync(Messages, new { content = "x" });
        clock.Advance(TimeSpan.FromSeconds(5));
        using var refilled = await client.PostJsonAsync(Messages, new { content = "x" });

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("5.000", limited.Header("X-RateLimit-Reset-After"));
        Assert.Equal(HttpStatusCode.OK, refilled.StatusCode);
        Assert.Equal("4", refilled.Header("X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task The_global_limit_answers_a_global_429_but_spares_interaction_callbacks()
    {
        await using var server = await TestServers.StartAsync(o => o.RateLimits = new RateLimitOptions
        {
            Global = new RouteLimit(10, TimeSpan.FromSeconds(30)),
            Identity = RouteLimit.Unlimited,
        });
        var (gateway, _) = await GatewayTestClient.IdentifiedAsync(server);
        await using var _ = gateway;
        using var client = DiscordHttp.Create(server);
        for (var i = 0; i < 10; i++)
        {
            (await client.GetAsync("users/@me")).EnsureSuccessStatusCode();
        }

        using var limited = await client.GetAsync("users/@me");
        var interaction = await server.SendSlashCommandAsync("rumours");
        using var callback = await client.PostJsonAsync(
            $"interactions/{interaction.Id}/{interaction.Token}/callback", new { type = 4, data = new { content = "Latest rumours" } });

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("true", limited.Header("X-RateLimit-Global"));
        Assert.Equal("global", limited.Header("X-RateLimit-Scope"));
        Assert.True((await limited.ReadJsonAsync())["global"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NoContent, callback.StatusCode);
    }

    [Fact]
    public async Task FailNext_answers_the_planned_statuses_then_lets_requests_through()
    {
        await using var server = await TestServers.StartAsync();
        using var client = DiscordHttp.Create(server);
        server.FailNext("POST /channels/{channel_id}/messages", 500);
        server.FailNext("POST /channels/{channel_id}/messages", 502);
        server.FailNext("POST /channels/{channel_id}/messages", 429, retryAfter: TimeSpan.FromSeconds(2));

        using var first = await client.PostJsonAsync(Messages, new { content = "x" });
        using var second = await client.PostJsonAsync(Messages, new { content = "x" });
        using var third = await client.PostJsonAsync(Messages, new { content = "x" });
        using var fourth = await client.PostJsonAsync(Messages, new { content = "x" });

        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadGateway, second.StatusCode);
        Assert.Equal("text/html", second.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("2", third.Header("Retry-After"));
        Assert.Equal("2.000", third.Header("X-RateLimit-Reset-After"));
        Assert.Equal(2.0, (await third.ReadJsonAsync())["retry_after"]!.GetValue<double>());
        Assert.Equal(HttpStatusCode.OK, fourth.StatusCode);
        Assert.Single(server.GetMessages(SampleIds.GeneralChannel));
        Assert.Equal(1, server.TooManyRequestsCount);
    }

    [Fact]
    public async Task Delay_holds_matching_requests_on_the_injected_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await TestServers.StartAsync(o => o.TimeProvider = clock);
        using var client = DiscordHttp.Create(server);
        server.Delay("GET /users/@me", TimeSpan.FromSeconds(2));

        var delayed = client.GetAsync("users/@me");
        using var other = await client.GetAsync("applications/@me");
        var heldBack = !delayed.IsCompleted;
        // The clock moves until the held request is answered (it may reach the server's delay late on a busy machine).
        var patience = System.Diagnostics.Stopwatch.StartNew();
        while (!delayed.IsCompleted && patience.Elapsed < TimeSpan.FromSeconds(30))
        {
            clock.Advance(TimeSpan.FromSeconds(2));
            await Task.Delay(20);
        }

        Assert.True(heldBack);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await delayed).StatusCode);
    }

    [Theory]
    [InlineData("GET", "channels/1310000000000000101/mesages", HttpStatusCode.NotFound, 0)]
    [InlineData("DELETE", "gateway/bot", HttpStatusCode.MethodNotAllowed, 0)]
    [InlineData("GET", "channels/general/messages", HttpStatusCode.BadRequest, 50035)]
    public async Task Unknown_routes_methods_and_ids_get_Discord_errors(string method, string path, HttpStatusCode status, int code)
    {
        await using var server = await TestServers.StartAsync();
        using var client = DiscordHttp.Create(server);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, (await response.ReadJsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task Invalid_JSON_gets_50109()
    {
        await using var server = await TestServers.StartAsync();
        using var client = DiscordHttp.Create(server);

        using var response = await client.PostAsync(Messages, DiscordHttp.Json("{\"content\": "));

        Assert.Equal(50109, (await response.ReadJsonAsync()).ErrorCode());
    }
}
