using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Http;
using RumourBot.Fetching;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Fetching;

/// <summary>
/// The fetcher against a real server on 127.0.0.1. The guard is the production one: either with no exception at
/// all, or with exactly the test server's endpoint let through, so a redirect anywhere else is refused.
/// </summary>
public class SafeHttpFetcherTests
{
    private const string AnyPage = "text/html";

    private static Task<FetchResult> FetchAsync(TestBot bot, Uri url, FetchConditions? conditions = null) =>
        bot.Fetcher.FetchAsync(url, AnyPage, conditions, CancellationToken.None);

    [Fact]
    public async Task Fetches_a_page_and_its_validators_from_an_allowed_endpoint()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        var result = await FetchAsync(bot, server.Url("/touchline.rss"));

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Equal("\"v1\"", result.ETag);
        Assert.Equal(new DateTimeOffset(2025, 9, 30, 16, 45, 0, TimeSpan.Zero), result.LastModified);
        Assert.Equal("application/rss+xml", result.MediaType);
        Assert.Contains("The Touchline Wire", System.Text.Encoding.UTF8.GetString(result.Body));
        Assert.StartsWith("RumourBot/", server.Requests.Single().UserAgent);
    }

    [Fact]
    public async Task The_production_guard_refuses_loopback_before_connecting()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(); // AddressPolicy.PublicOnly, as registered for production

        var literal = await FetchAsync(bot, server.Url("/touchline.rss"));
        var named = await FetchAsync(bot, new Uri($"http://localhost:{server.Port}/touchline.rss"));

        Assert.Equal(FetchOutcome.Blocked, literal.Outcome);
        Assert.Equal(SafeHttpFetcher.RefusalFor(server.Url("/")), literal.Problem);
        Assert.Equal(FetchOutcome.Blocked, named.Outcome); // checked after resolving the name, at connect time
        Assert.Equal("localhost cannot be fetched: the bot only fetches public web addresses (http and https, ports 80 and 443).", named.Problem);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_redirect_to_another_loopback_service_is_refused()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        await using var internalService = await FeedServer.StartAsync();
        internalService.ServeText("/admin", "text/plain", "the keys to the kingdom");
        server.Redirect("/to-loopback", $"http://127.0.0.1:{internalService.Port}/admin");
        server.Redirect("/to-mapped", $"http://[::ffff:127.0.0.1]:{internalService.Port}/admin");
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        var direct = await FetchAsync(bot, server.Url("/to-loopback"));
        var mapped = await FetchAsync(bot, server.Url("/to-mapped"));

        Assert.Equal(FetchOutcome.Blocked, direct.Outcome);
        Assert.Equal(SafeHttpFetcher.RefusalFor(server.Url("/")), direct.Problem);
        Assert.Equal(FetchOutcome.Blocked, mapped.Outcome);
        Assert.Equal(SafeHttpFetcher.RefusalFor(server.Url("/")), mapped.Problem);
        Assert.Empty(internalService.Requests);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/iam/security-credentials/")]
    [InlineData("http://[fd00:ec2::254]/latest/meta-data/")]
    [InlineData("http://10.0.0.1/internal")]
    public async Task A_redirect_to_cloud_metadata_or_a_private_network_is_refused_without_connecting(string location)
    {
        await using var server = await FeedFixtures.StartServerAsync();
        server.Redirect("/to-metadata", location);
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        var result = await FetchAsync(bot, server.Url("/to-metadata"));

        Assert.Equal(FetchOutcome.Blocked, result.Outcome);
        Assert.Equal(SafeHttpFetcher.RefusalFor(server.Url("/")), result.Problem);
    }

    [Fact]
    public async Task A_redirect_to_another_scheme_is_refused()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        server.Redirect("/to-ftp", "ftp://files.example/feed.xml");
        server.Redirect("/to-file", "file:///etc/passwd");
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        var ftp = await FetchAsync(bot, server.Url("/to-ftp"));
        var file = await FetchAsync(bot, server.Url("/to-file"));

        Assert.Equal(FetchOutcome.Blocked, ftp.Outcome);
        Assert.Equal(SafeHttpFetcher.RefusalFor(server.Url("/")), ftp.Problem);
        Assert.Equal(FetchOutcome.Blocked, file.Outcome);
    }

    [Theory]
    [InlineData(5, FetchOutcome.Fetched)]
    [InlineData(6, FetchOutcome.TooManyRedirects)]
    public async Task Follows_at_most_five_redirects(int hops, FetchOutcome expected)
    {
        await using var server = await FeedFixtures.StartServerAsync();
        for (var hop = 0; hop < hops; hop++)
        {
            server.Redirect($"/hop/{hop}", hop + 1 == hops ? "/touchline.rss" : $"/hop/{hop + 1}", hop % 2 == 0 ? 301 : 307);
        }
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        var result = await FetchAsync(bot, server.Url("/hop/0"));

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(Math.Min(hops, SafeHttpFetcher.MaxRedirects + 1), server.Requests.Count(r => r.Path.StartsWith("/hop/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_50_MB_body_is_cut_off_at_the_cap_without_being_read()
    {
        // A bare socket rather than Kestrel, which quietly drops writes once a client has gone: here every byte
        // counted went into the connection, and the first write after the bot hangs up fails.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var endpoint = (IPEndPoint)listener.LocalEndpoint;
        const long fifty = 50L * 1024 * 1024;
        var serving = Task.Run(async () =>
        {
            using var connection = await listener.AcceptTcpClientAsync();
            var stream = connection.GetStream();
            var request = new byte[8192];
            var received = 0;
            while (!Encoding.ASCII.GetString(request, 0, received).Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                received += await stream.ReadAsync(request.AsMemory(received));
            }
            await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n"u8.ToArray());
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'a');
            long written = 0;
            try
            {
                while (written < fifty)
                {
                    await stream.WriteAsync(chunk);
                    written += chunk.Length;
                }
            }
            catch (IOException)
            {
                // the bot hung up, as it should
            }
            return written;
        });
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(endpoint));

        var result = await FetchAsync(bot, new Uri($"http://127.0.0.1:{endpoint.Port}/huge"));
        var written = await serving.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(FetchOutcome.TooLarge, result.Outcome);
        Assert.Contains("more than 2 MB", result.Problem);
        Assert.Empty(result.Body);
        // What the server got into the connection is the cap plus what socket buffers held, nowhere near 50 MB.
        Assert.True(written < fifty / 2, $"the server wrote {written:N0} bytes");
    }

    [Fact]
    public async Task A_declared_length_over_the_cap_is_refused_before_reading()
    {
        await using var server = await FeedServer.StartAsync();
        server.Serve("/declared", async context =>
        {
            context.Response.ContentLength = 50L * 1024 * 1024;
            await context.Response.Body.WriteAsync(new byte[1024], context.RequestAborted);
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        var result = await FetchAsync(bot, server.Url("/declared"));

        Assert.Equal(FetchOutcome.TooLarge, result.Outcome);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_slow_server_runs_out_of_time_on_the_clock(bool trickle)
    {
        await using var server = await FeedServer.StartAsync();
        var ticks = 0; // 50 ms turns of the server's slow answer, while the fetch still waits for it
        server.Serve("/slow", async context =>
        {
            if (trickle) await context.Response.StartAsync(context.RequestAborted);
            while (!context.RequestAborted.IsCancellationRequested) // never answers, or one byte at a time, forever
            {
                if (trickle)
                {
                    await context.Response.Body.WriteAsync("x"u8.ToArray(), context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                }
                await Task.Delay(50, context.RequestAborted);
                Interlocked.Increment(ref ticks);
            }
        });
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        var fetch = FetchAsync(bot, server.Url("/slow"));
        await server.WaitForRequestAsync("/slow");
        // Real time passes (the server has been slow for a few turns) while the fake clock stands still.
        using (var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            while (Volatile.Read(ref ticks) < 3 && !fetch.IsCompleted) await Task.Delay(5, patience.Token);
        }
        var early = fetch.IsCompleted;
        bot.Time.Advance(SafeHttpFetcher.TimeLimit);
        var result = await fetch.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(early);
        Assert.Equal(FetchOutcome.TimedOut, result.Outcome);
        Assert.Contains("longer than 10 seconds", result.Problem);
    }

    [Fact]
    public async Task Sends_the_validators_back_and_hears_not_modified()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));
        var first = await FetchAsync(bot, server.Url("/touchline.rss"));

        var second = await FetchAsync(bot, server.Url("/touchline.rss"), new FetchConditions(first.ETag, first.LastModified));

        Assert.Equal(FetchOutcome.NotModified, second.Outcome);
        Assert.Empty(second.Body);
        var conditional = server.Requests[^1];
        Assert.Equal("\"v1\"", conditional.IfNoneMatch);
        Assert.Equal("Tue, 30 Sep 2025 16:45:00 GMT", conditional.IfModifiedSince);
    }

    [Fact]
    public async Task A_connection_that_breaks_mid_body_is_a_result_not_an_exception()
    {
        await using var server = await FeedServer.StartAsync();
        server.Serve("/broken-off", async context =>
        {
            context.Response.ContentLength = 10_000;
            await context.Response.Body.WriteAsync(new byte[100]);
            await context.Response.Body.FlushAsync();
            context.Abort();
        });
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        var result = await FetchAsync(bot, server.Url("/broken-off"));

        Assert.Equal(FetchOutcome.NetworkError, result.Outcome);
        Assert.Contains("127.0.0.1", result.Problem);
    }

    [Fact]
    public async Task An_error_status_is_a_result_not_an_exception()
    {
        await using var server = await FeedServer.StartAsync();
        server.ServeStatus("/broken", StatusCodes.Status500InternalServerError);
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        var result = await FetchAsync(bot, server.Url("/broken"));

        Assert.Equal(FetchOutcome.HttpError, result.Outcome);
        Assert.Equal(500, result.StatusCode);
        Assert.Contains("500", result.Problem);
    }

    [Fact]
    public async Task Every_refusal_reads_the_same_so_no_host_or_port_can_be_told_apart()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        await using var other = await FeedServer.StartAsync();
        other.ServeText("/admin", "text/plain", "an internal service");
        server.Redirect("/to-other-port", $"http://127.0.0.1:{other.Port}/admin");
        server.Redirect("/to-private", "http://10.0.0.1/");
        server.Redirect("/to-ssh", "http://8.8.8.8:22/"); // a public address, but not a web port
        server.Redirect("/to-file", "file:///etc/passwd");
        server.Redirect("/to-nat64", "http://[64:ff9b:1::a00:1]/");
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        var results = new List<FetchResult>();
        foreach (var path in new[] { "/to-other-port", "/to-private", "/to-ssh", "/to-file", "/to-nat64" }) results.Add(await FetchAsync(bot, server.Url(path)));
        var direct = await FetchAsync(bot, new Uri("http://8.8.8.8:8080/"));

        Assert.All(results, r => Assert.Equal((FetchOutcome.Blocked, SafeHttpFetcher.RefusalFor(server.Url("/"))), (r.Outcome, r.Problem)));
        Assert.Equal((FetchOutcome.Blocked, "8.8.8.8 cannot be fetched: the bot only fetches public web addresses (http and https, ports 80 and 443)."), (direct.Outcome, direct.Problem));
        Assert.Empty(other.Requests);
    }

    [Fact]
    public async Task Past_the_cap_on_fetches_at_once_a_fetch_waits_its_turn_and_past_the_queue_it_is_refused_as_busy()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        var release = new TaskCompletionSource();
        server.Serve("/slow", async context =>
        {
            await release.Task;
            await context.Response.WriteAsync("at last");
        });
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint), limits: new RumourBot.Commands.LimitOptions { ConcurrentFetches = 1, FetchQueue = 1 });

        var first = FetchAsync(bot, server.Url("/slow"));
        await server.WaitForRequestAsync("/slow");
        var waiting = FetchAsync(bot, server.Url("/touchline.rss"));
        var refused = await FetchAsync(bot, server.Url("/touchline.rss"));
        var waitedBeforeRelease = waiting.IsCompleted;
        release.SetResult();

        Assert.Equal(FetchOutcome.Busy, refused.Outcome);
        Assert.Equal("The bot is fetching a great many pages just now; try again in a minute.", refused.Problem);
        Assert.False(waitedBeforeRelease);
        Assert.Equal(FetchOutcome.Fetched, (await first).Outcome);
        Assert.Equal(FetchOutcome.Fetched, (await waiting).Outcome);
        Assert.Equal(1, server.CountRequests("/touchline.rss"));
    }
}
