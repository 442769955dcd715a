using System.Threading.Channels;
using RumourBot.Commands;
using RumourBot.Feeds;
using RumourBot.Fetching;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Feeds;

/// <summary>Feed checks on the fake clock, against the local feed server.</summary>
public class FeedPollerTests
{
    private static readonly DateTimeOffset Start = new(2025, 10, 1, 12, 0, 0, TimeSpan.Zero);

    private static int ArticleRequests(FeedServer server) => server.Requests.Count(r => r.Path.StartsWith("/articles/", StringComparison.Ordinal));

    private static async Task<(FeedServer Server, TestBot Bot)> FollowingAsync(string path, FeedOptions? options = null)
    {
        var server = await FeedFixtures.StartServerAsync();
        var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint), feeds: options);
        var reply = await bot.RunAsync($"/feeds add url:{server.Url(path)}", permissions: Permissions.ManageGuild);
        Assert.StartsWith("Now following", reply.Title);
        return (server, bot);
    }

    [Fact]
    public async Task A_feed_is_checked_again_after_the_interval_with_a_conditional_get()
    {
        var (server, bot) = await FollowingAsync("/touchline.rss");
        await using var _ = server;
        using var __ = bot;
        var articlesFetched = ArticleRequests(server);

        bot.Time.Advance(TimeSpan.FromMinutes(9));
        var early = await bot.FeedPoller.CheckDueAsync(CancellationToken.None);
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        var due = await bot.FeedPoller.CheckDueAsync(CancellationToken.None);

        Assert.Equal(0, early);
        Assert.Equal(1, due);
        Assert.Equal(2, server.CountRequests("/touchline.rss"));
        var check = server.Requests.Last(r => r.Path == "/touchline.rss");
        Assert.Equal("\"v1\"", check.IfNoneMatch); // the server answered 304
        Assert.Equal("Tue, 30 Sep 2025 16:45:00 GMT", check.IfModifiedSince);
        Assert.Equal(articlesFetched, ArticleRequests(server));
        Assert.Equal(4, bot.Database.Reports().Count());
        var feed = Assert.Single(bot.Feeds.ForGuild(1));
        Assert.Equal(Start.AddMinutes(10), feed.LastSuccessAt);
        Assert.Equal(Start.AddMinutes(20), feed.NextCheckAt);
        Assert.Equal(4, feed.ArticlesSeen);
    }

    [Fact]
    public async Task A_new_article_is_imported_once_and_is_not_backfill()
    {
        var (server, bot) = await FollowingAsync("/touchline.rss");
        await using var _ = server;
        using var __ = bot;
        server.ServeText("/touchline.rss", FeedFixtures.Rss, FeedFixtures.Read("touchline-wire-updated.rss"), etag: "\"v2\"");

        bot.Time.Advance(TimeSpan.FromMinutes(10));
        await bot.FeedPoller.CheckDueAsync(CancellationToken.None);
        bot.Time.Advance(TimeSpan.FromMinutes(10));
        await bot.FeedPoller.CheckDueAsync(CancellationToken.None);

        Assert.Equal(5, bot.Database.Reports().Count());
        var fresh = Assert.Single(bot.Database.Reports().Find(r => !r.Backfill));
        Assert.Equal(server.Url("/articles/palace-ravelle.html").AbsoluteUri, fresh.Url);
        Assert.Equal("Lyon → Crystal Palace", Assert.Single(bot.Book.About("Enzo Ravelle")).Route);
        Assert.All(FeedFixtures.Articles.Take(5), a => Assert.Equal(1, server.CountRequests($"/articles/{a}.html")));
        Assert.Equal(new FeedBackfill("The Touchline Wire", server.Url("/touchline.rss").AbsoluteUri, 4), Assert.Single(bot.Feeds.BackfillsSince(1, Start)));
        Assert.Empty(bot.Feeds.BackfillsSince(1, Start.AddMinutes(1))); // the digest after the add sees no more backfill
        var feed = Assert.Single(bot.Feeds.ForGuild(1));
        Assert.Equal(5, feed.ArticlesSeen);
        Assert.Equal(5, feed.ReportsStored);
        Assert.Equal("\"v2\"", server.Requests.Last(r => r.Path == "/touchline.rss").IfNoneMatch);
    }

    [Fact]
    public async Task A_feed_without_validators_is_read_again_but_its_articles_are_not_fetched_again()
    {
        var (server, bot) = await FollowingAsync("/mercato.atom");
        await using var _ = server;
        using var __ = bot;

        bot.Time.Advance(TimeSpan.FromMinutes(10));
        await bot.FeedPoller.CheckDueAsync(CancellationToken.None);

        Assert.Equal(2, server.CountRequests("/mercato.atom"));
        Assert.Null(server.Requests.Last().IfNoneMatch);
        Assert.Equal(2, ArticleRequests(server));
        Assert.Equal(2, bot.Database.Reports().Count());
    }

    [Fact]
    public async Task An_article_seen_before_by_link_or_guid_is_not_stored_twice()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        static string Item(string guid, string article) =>
            $"<item><title>Transfer news</title><link>{{base}}/articles/{article}.html</link><guid isPermaLink=\"false\">{guid}</guid></item>";
        static string Rss(params string[] items) => $"<rss version=\"2.0\"><channel><title>Reshuffled Wire</title>{string.Concat(items)}</channel></rss>";
        server.ServeText("/reshuffled.rss", FeedFixtures.Rss, Rss(Item("g-1", "brentford-velanco"), Item("g-2", "everton-keita-laurent"),
            Item("g-2-again", "everton-keita-laurent"))); // the same article listed twice
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));
        await bot.RunAsync($"/feeds add url:{server.Url("/mercato.atom")}", permissions: Permissions.ManageGuild);
        await bot.RunAsync($"/feeds add url:{server.Url("/reshuffled.rss")}", permissions: Permissions.ManageGuild);
        server.ServeText("/reshuffled.rss", FeedFixtures.Rss, Rss(
            Item("g-1-renumbered", "brentford-velanco"), // same link, new guid
            Item("g-2", "bayern-oberholz"), // same guid, new link
            Item("g-3", "juventus-ashworth"), // already stored from the other feed
            Item("g-4", "villa-lindqvist"))); // really new

        bot.Time.Advance(TimeSpan.FromMinutes(10));
        await bot.FeedPoller.CheckDueAsync(CancellationToken.None);

        Assert.Equal(1, server.CountRequests("/articles/brentford-velanco.html"));
        Assert.Equal(1, server.CountRequests("/articles/everton-keita-laurent.html"));
        Assert.Equal(0, server.CountRequests("/articles/bayern-oberholz.html"));
        Assert.Equal(1, server.CountRequests("/articles/juventus-ashworth.html"));
        Assert.Equal(1, server.CountRequests("/articles/villa-lindqvist.html"));
        Assert.Equal(5, bot.Database.Reports().Count()); // Maclaren and Ashworth, Velanco and Keita-Laurent, then Lindqvist
        Assert.Single(bot.Book.About("Callum Ashworth")[0].Stories);
        var reshuffled = bot.Feeds.ForGuild(1).Single(f => f.Title == "Reshuffled Wire");
        Assert.Equal(4, reshuffled.ArticlesSeen); // g-1, g-2, then g-3 and g-4
        Assert.Equal(3, reshuffled.ReportsStored);
    }

    [Fact]
    public async Task A_near_duplicate_from_another_feed_joins_the_same_story()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        var rewritten = FeedFixtures.Read("articles/everton-keita-laurent.html")
            .Replace("The Touchline Wire", "Goodison Gazette", StringComparison.Ordinal)
            .Replace("Personal terms are not expected to be a problem", "Personal terms should not be an obstacle", StringComparison.Ordinal);
        server.ServeText("/articles/gazette-keita-laurent.html", FeedFixtures.Html, rewritten);
        server.ServeText("/gazette.rss", FeedFixtures.Rss,
            "<rss version=\"2.0\"><channel><title>Goodison Gazette</title><item><title>Everton agree £18m fee with Lille for Moussa Keita-Laurent</title>" +
            "<link>{base}/articles/gazette-keita-laurent.html</link><guid>gazette-77</guid><pubDate>Mon, 29 Sep 2025 19:00:00 GMT</pubDate></item></channel></rss>");
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        await bot.RunAsync($"/feeds add url:{server.Url("/touchline.rss")}", permissions: Permissions.ManageGuild);
        await bot.RunAsync($"/feeds add url:{server.Url("/gazette.rss")}", permissions: Permissions.ManageGuild);

        var story = Assert.Single(Assert.Single(bot.Book.About("Moussa Keita-Laurent")).Stories);
        Assert.Equal(2, story.ReportIds.Count);
        Assert.Equal(["The Touchline Wire", "Goodison Gazette"], story.Outlets);
    }

    [Fact]
    public async Task A_failing_feed_backs_off_and_recovers()
    {
        var (server, bot) = await FollowingAsync("/touchline.rss");
        await using var _ = server;
        using var __ = bot;
        server.ServeStatus("/touchline.rss", 500);
        var checks = new List<int>();

        // Minutes after the add: fails at 10 (next wait 20), 30 (next 40), 70 (next 80), then recovers at 150.
        for (var minute = 1; minute <= 160; minute++)
        {
            bot.Time.Advance(TimeSpan.FromMinutes(1));
            if (minute == 149) server.ServeText("/touchline.rss", FeedFixtures.Rss, FeedFixtures.Read("touchline-wire.rss"), etag: "\"v1\"");
            if (await bot.FeedPoller.CheckDueAsync(CancellationToken.None) > 0) checks.Add(minute);
            if (minute == 100)
            {
                var failing = Assert.Single(bot.Feeds.ForGuild(1));
                Assert.Equal(3, failing.ConsecutiveFailures);
                Assert.Equal(Start.AddMinutes(150), failing.NextCheckAt);
                var list = await bot.RunAsync("/feeds list", permissions: Permissions.ManageGuild);
                Assert.Contains("last error 30 minutes ago (failing, 3 times in a row)", list.Fields[0].Value);
                Assert.Contains("answered 500", list.Fields[0].Value);
            }
        }

        Assert.Equal([10, 30, 70, 150, 160], checks);
        var feed = Assert.Single(bot.Feeds.ForGuild(1));
        Assert.Equal(0, feed.ConsecutiveFailures);
        Assert.Equal(Start.AddMinutes(170), feed.NextCheckAt);
        Assert.Contains("since recovered", FeedCommands.Health(feed, bot.Time.GetUtcNow()));
        Assert.Equal(4, bot.Database.Reports().Count());
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 20)]
    [InlineData(2, 40)]
    [InlineData(3, 80)]
    [InlineData(5, 320)]
    [InlineData(6, 360)]
    [InlineData(60, 360)]
    public void The_wait_doubles_with_each_failure_up_to_the_cap(int failures, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), FeedBook.Backoff(failures, new FeedOptions()));

    [Fact]
    public async Task A_new_feed_imports_only_its_newest_articles_and_remembers_the_rest()
    {
        var (server, bot) = await FollowingAsync("/touchline.rss", new FeedOptions { MaxArticlesPerCheck = 2 });
        await using var _ = server;
        using var __ = bot;
        server.ServeText("/touchline.rss", FeedFixtures.Rss, FeedFixtures.Read("touchline-wire.rss"), etag: "\"v1-again\"");

        bot.Time.Advance(TimeSpan.FromMinutes(10));
        await bot.FeedPoller.CheckDueAsync(CancellationToken.None);

        Assert.Equal(2, ArticleRequests(server));
        Assert.Equal(["Jannik Oberholz", "Tobias Lindqvist"], bot.Database.Reports().FindAll().Select(r => r.Moves[0].Player).Order());
        Assert.Equal(4, Assert.Single(bot.Feeds.ForGuild(1)).ArticlesSeen);
        Assert.Equal(2, bot.Database.Collection<SeenFeedArticle>(LiteDbFeedStore.ArticlesCollection).Count(a => a.Outcome == SeenFeedArticleOutcome.SkippedOlder));
    }

    [Fact]
    public async Task More_new_articles_than_one_check_takes_all_arrive_over_two_checks_though_the_server_answers_304()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        static string Item(string article) => $"<item><title>Transfer news</title><link>{{base}}/articles/{article}.html</link><guid>{article}</guid></item>";
        static string Rss(params string[] articles) => $"<rss version=\"2.0\"><channel><title>Busy Wire</title>{string.Concat(articles.Select(Item))}</channel></rss>";
        server.ServeText("/busy.rss", FeedFixtures.Rss, Rss("brentford-velanco"), etag: "\"v1\"");
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint), feeds: new FeedOptions { MaxArticlesPerCheck = 2 });
        await bot.RunAsync($"/feeds add url:{server.Url("/busy.rss")}", permissions: Permissions.ManageGuild);
        // Three new articles, one more than a check takes; a request with If-None-Match "v2" gets 304.
        server.ServeText("/busy.rss", FeedFixtures.Rss, Rss("palace-ravelle", "villa-lindqvist", "bayern-oberholz", "brentford-velanco"), etag: "\"v2\"");

        bot.Time.Advance(TimeSpan.FromMinutes(10));
        await bot.FeedPoller.CheckDueAsync(CancellationToken.None);
        var afterFirst = Assert.Single(bot.Feeds.ForGuild(1));
        for (var check = 2; check <= 3; check++)
        {
            bot.Time.Advance(TimeSpan.FromMinutes(10));
            await bot.FeedPoller.CheckDueAsync(CancellationToken.None);
        }

        Assert.All(["palace-ravelle", "villa-lindqvist", "bayern-oberholz", "brentford-velanco"], a => Assert.Equal(1, server.CountRequests($"/articles/{a}.html")));
        Assert.Equal(4, bot.Database.Reports().Count());
        Assert.Equal([null, "\"v1\"", null, "\"v2\""], server.Requests.Where(r => r.Path == "/busy.rss").Select(r => r.IfNoneMatch));
        Assert.Null(afterFirst.ETag); // one article waits: the next check reads the feed in full
        var feed = Assert.Single(bot.Feeds.ForGuild(1));
        Assert.Equal("\"v2\"", feed.ETag);
        Assert.Equal(4, feed.ArticlesSeen);
    }

    [Fact]
    public async Task The_hosted_poller_checks_feeds_as_the_clock_moves()
    {
        var (server, bot) = await FollowingAsync("/touchline.rss");
        await using var _ = server;
        using var __ = bot;
        var poller = bot.FeedPoller;
        var rounds = Channel.CreateUnbounded<FeedRound>();
        poller.RoundCompleted += round => rounds.Writer.TryWrite(round);
        async Task<FeedRound> NextRoundAsync() => await rounds.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        await poller.StartAsync(CancellationToken.None);
        var first = await NextRoundAsync();
        bot.Time.Advance(TimeSpan.FromMinutes(10));
        var second = await NextRoundAsync();
        server.ServeStatus("/touchline.rss", 503);
        bot.Time.Advance(TimeSpan.FromMinutes(10));
        var third = await NextRoundAsync();
        await poller.StopAsync(CancellationToken.None);

        Assert.Equal(new FeedRound(0, Start.AddMinutes(10)), first);
        Assert.Equal(new FeedRound(1, Start.AddMinutes(20)), second);
        Assert.Equal(new FeedRound(1, Start.AddMinutes(30)), third); // failed: next due at 40, but the poller wakes every interval
        Assert.Equal(3, server.CountRequests("/touchline.rss"));
        Assert.Equal(1, Assert.Single(bot.Feeds.ForGuild(1)).ConsecutiveFailures);
    }

    [Fact]
    public async Task A_round_the_database_fails_is_logged_the_host_keeps_running_and_the_next_round_checks_the_feed()
    {
        var (server, bot) = await FollowingAsync("/touchline.rss");
        await using var _ = server;
        using var __ = bot;
        var feedId = Assert.Single(bot.Feeds.ForGuild(1)).Id;
        // A document the mapper cannot read, as a damaged file gives: reading the due feeds throws.
        bot.Database.Collection<FeedSubscription>(LiteDbFeedStore.FeedsCollection).UpdateMany("{ AddedAt: 'last Tuesday' }", $"_id = '{feedId}'");
        var poller = bot.FeedPoller;
        var rounds = Channel.CreateUnbounded<FeedRound>();
        poller.RoundCompleted += round => rounds.Writer.TryWrite(round);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        bot.Time.Advance(TimeSpan.FromMinutes(10));
        await using var host = await ServiceHost.StartAsync(poller);
        var failed = await rounds.Reader.ReadAsync(patience.Token);
        var stoppedAfterFailure = host.IsStopping || poller.ExecuteTask!.IsCompleted;
        bot.Database.Collection<FeedSubscription>(LiteDbFeedStore.FeedsCollection).UpdateMany("{ AddedAt: $.NextCheckAt }", $"_id = '{feedId}'"); // repaired
        bot.Time.Advance(failed.NextWakeUp - bot.Time.GetUtcNow());
        var next = await rounds.Reader.ReadAsync(patience.Token);

        Assert.Equal(0, failed.Checked);
        Assert.False(stoppedAfterFailure);
        Assert.Equal(1, next.Checked);
        Assert.Equal(2, server.CountRequests("/touchline.rss"));
        Assert.False(host.IsStopping);
    }
}
