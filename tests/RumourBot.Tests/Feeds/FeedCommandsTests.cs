using RumourBot.Commands;
using RumourBot.Feeds;
using RumourBot.Fetching;
using RumourBot.Replies;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Feeds;

public class FeedCommandsTests
{
    private const ulong Moderator = Permissions.ManageGuild;
    private static readonly DateTimeOffset Start = new(2025, 10, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Adding_a_feed_imports_what_it_lists_as_backfill()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));
        var url = server.Url("/touchline.rss").AbsoluteUri;

        var reply = await bot.RunAsync($"/feeds add url:{url}", permissions: Moderator);

        Assert.Equal("Now following The Touchline Wire", reply.Title);
        Assert.Equal(ReplyTone.Success, reply.Tone);
        Assert.Contains("4 earlier reports imported", reply.Description);
        var reports = bot.Database.Reports().FindAll().ToList();
        Assert.Equal(4, reports.Count);
        Assert.All(reports, r =>
        {
            Assert.True(r.Backfill);
            Assert.Equal(url, r.FeedUrl);
            Assert.Equal("The Touchline Wire", r.FeedTitle);
            Assert.Equal($"feed:{url}", r.Origin);
        });
        Assert.Equal(new FeedBackfill("The Touchline Wire", url, 4), Assert.Single(bot.Feeds.BackfillsSince(1, Start)));
        Assert.Empty(bot.Feeds.BackfillsSince(2, Start)); // another server added nothing
        var rumour = Assert.Single(bot.Book.About("Jannik Oberholz"));
        Assert.Equal("Bayern Munich → Newcastle United", rumour.Route);
        Assert.Equal(new DateTimeOffset(2025, 9, 30, 8, 10, 0, TimeSpan.Zero), rumour.FirstSeen.ToUniversalTime()); // the feed's date
        Assert.Equal(0, server.CountRequests("/pixel.png"));
    }

    [Fact]
    public async Task An_atom_feed_is_added_the_same_way()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        var reply = await bot.RunAsync($"/feeds add url:{server.Url("/mercato.atom")}", permissions: Moderator);

        Assert.Equal("Now following Mercato Desk", reply.Title);
        Assert.Single(bot.Book.About("Callum Ashworth"));
        Assert.Equal("Celtic → Real Betis", Assert.Single(bot.Book.About("Rory Maclaren")).Route);
        Assert.Equal(2, bot.Database.Reports().Count());
    }

    [Theory]
    [InlineData("/feeds add url:https://touchline.example/feed.rss")]
    [InlineData("/feeds list")]
    [InlineData("/feeds remove url:https://touchline.example/feed.rss")]
    public async Task A_member_without_manage_server_is_refused(string line)
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        var reply = await bot.RunAsync(line.Replace("https://touchline.example/feed.rss", server.Url("/touchline.rss").AbsoluteUri, StringComparison.Ordinal),
            permissions: (1UL << 10) | Permissions.ManageMessages);

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.True(reply.Ephemeral);
        Assert.Contains("Manage Server", reply.Description);
        Assert.Equal(0, bot.Database.Collection<FeedSubscription>(LiteDbFeedStore.FeedsCollection).Count());
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("ftp://files.example/transfers.rss", "Only http:// and https://")]
    [InlineData("transfers feed please", "not a web address")]
    [InlineData("http://10.20.30.40/feed.rss", "10.20.30.40 cannot be fetched: the bot only fetches public web addresses (http and https, ports 80 and 443).")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254 cannot be fetched: the bot only fetches public web addresses (http and https, ports 80 and 443).")]
    [InlineData("http://[::1]/feed.rss", "[::1] cannot be fetched: the bot only fetches public web addresses (http and https, ports 80 and 443).")]
    [InlineData("http://192.168.1.1:8080/feed.rss", "192.168.1.1 cannot be fetched: the bot only fetches public web addresses (http and https, ports 80 and 443).")]
    public async Task A_bad_or_private_url_is_explained_and_nothing_is_stored(string url, string expected)
    {
        using var bot = new TestBot(); // the production guard

        var reply = await bot.RunAsync($"/feeds add url:{url}", permissions: Moderator);

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.True(reply.Ephemeral);
        Assert.Contains(expected, reply.Description);
        Assert.Equal(0, bot.Database.Collection<FeedSubscription>(LiteDbFeedStore.FeedsCollection).Count());
        Assert.Equal(0, bot.Database.Reports().Count());
    }

    [Theory]
    [InlineData("/articles/brentford-velanco.html", "sent a web page, not an RSS or Atom feed")]
    [InlineData("/nothing-here", "404")]
    [InlineData("/bomb.xml", "declares a DTD")]
    [InlineData("/xxe.xml", "declares a DTD")]
    public async Task What_is_not_a_readable_feed_is_refused_and_nothing_is_stored(string path, string expected)
    {
        await using var server = await FeedFixtures.StartServerAsync();
        server.ServeText("/bomb.xml", FeedFixtures.Rss, FeedFixtures.Read("billion-laughs.xml"));
        server.ServeText("/xxe.xml", FeedFixtures.Rss, FeedFixtures.Read("external-entity.xml"));
        server.ServeText("/secret", "text/plain", "the password file");
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        var reply = await bot.RunAsync($"/feeds add url:{server.Url(path)}", permissions: Moderator);

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Contains(expected, reply.Description);
        Assert.Contains("Nothing was stored", reply.Description);
        Assert.Equal(0, bot.Database.Collection<FeedSubscription>(LiteDbFeedStore.FeedsCollection).Count());
        Assert.Equal(0, bot.Database.Reports().Count());
        Assert.Equal(0, server.CountRequests("/secret")); // the external entity was never fetched
        Assert.Equal(path == "/articles/brentford-velanco.html" ? 1 : 0, server.Requests.Count(r => r.Path.StartsWith("/articles/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_same_feed_twice_is_refused_but_another_server_may_follow_it()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));
        var url = server.Url("/touchline.rss");
        await bot.RunAsync($"/feeds add url:{url}", permissions: Moderator);

        var again = await bot.RunAsync($"/feeds add url:{url}#latest", permissions: Moderator);
        var elsewhere = await bot.RunAsync($"/feeds add url:{url}", permissions: Moderator, guildId: 2);

        Assert.Contains("already follows The Touchline Wire", again.Description);
        Assert.Equal("Now following The Touchline Wire", elsewhere.Title);
        Assert.Contains("None of its 4 current articles added a new report", elsewhere.Description); // reports are shared, stored once
        Assert.Equal(4, bot.Database.Reports().Count());
        Assert.Single(bot.Feeds.ForGuild(1));
        Assert.Single(bot.Feeds.ForGuild(2));
        Assert.Empty(bot.Feeds.BackfillsSince(2, Start));
    }

    [Fact]
    public async Task A_server_may_follow_only_so_many_feeds()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint), feeds: new FeedOptions { MaxFeedsPerServer = 1 });
        await bot.RunAsync($"/feeds add url:{server.Url("/touchline.rss")}", permissions: Moderator);

        var reply = await bot.RunAsync($"/feeds add url:{server.Url("/mercato.atom")}", permissions: Moderator);

        Assert.Contains("already follows 1 feeds, the most it can", reply.Description);
        Assert.Equal(0, server.CountRequests("/mercato.atom"));
    }

    [Fact]
    public async Task The_list_shows_each_feeds_health()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));
        await bot.RunAsync($"/feeds add url:{server.Url("/touchline.rss")}", permissions: Moderator);
        await bot.RunAsync($"/feeds add url:{server.Url("/mercato.atom")}", permissions: Moderator);
        server.ServeStatus("/mercato.atom", 500);
        bot.Time.Advance(TimeSpan.FromMinutes(10));
        await bot.FeedPoller.CheckDueAsync(CancellationToken.None);
        bot.Time.Advance(TimeSpan.FromHours(3));

        var reply = await bot.RunAsync("/feeds list", permissions: Moderator);

        Assert.Equal("Feeds (2)", reply.Title);
        Assert.True(reply.Ephemeral);
        Assert.Equal(ReplyTone.Warning, reply.Tone);
        Assert.Contains("1 feed failing", reply.Description);
        var touchline = reply.Fields.Single(f => f.Name == "The Touchline Wire").Value;
        Assert.Contains(server.Url("/touchline.rss").AbsoluteUri, touchline);
        Assert.Contains("last success 3 hours ago", touchline);
        Assert.Contains("4 articles seen, 4 reports", touchline);
        Assert.DoesNotContain("last error", touchline);
        var mercato = reply.Fields.Single(f => f.Name == "Mercato Desk").Value;
        Assert.Contains("last success 3 hours ago", mercato); // when it was added
        Assert.Contains("last error 3 hours ago (failing, 1 time in a row)", mercato);
        Assert.Contains("answered 500", mercato);
        Assert.Contains("2 articles seen, 2 reports", mercato);
    }

    [Fact]
    public async Task Removing_a_feed_keeps_its_reports()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));
        var url = server.Url("/touchline.rss");
        await bot.RunAsync($"/feeds add url:{url}", permissions: Moderator);

        var reply = await bot.RunAsync($"/feeds remove url:{url}", permissions: Moderator);
        var again = await bot.RunAsync($"/feeds remove url:{url}", permissions: Moderator);
        var list = await bot.RunAsync("/feeds list", permissions: Moderator);

        Assert.Equal("Stopped following The Touchline Wire", reply.Title);
        Assert.Contains("4 reports stay on file", reply.Description);
        Assert.Contains("does not follow", again.Description);
        Assert.Contains("follows no feeds yet", list.Description);
        Assert.Equal(4, bot.Database.Reports().Count());
        Assert.Equal(0, bot.Database.Collection<SeenFeedArticle>(LiteDbFeedStore.ArticlesCollection).Count());
    }

    [Fact]
    public async Task Feeds_belong_to_one_server()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));
        await bot.RunAsync($"/feeds add url:{server.Url("/touchline.rss")}", permissions: Moderator);

        var other = await bot.RunAsync("/feeds list", permissions: Moderator, guildId: 2);
        var remove = await bot.RunAsync($"/feeds remove url:{server.Url("/touchline.rss")}", permissions: Moderator, guildId: 2);

        Assert.Contains("follows no feeds yet", other.Description);
        Assert.Equal(ReplyTone.Error, remove.Tone);
        Assert.Single(bot.Feeds.ForGuild(1));
    }

    [Fact]
    public async Task Subscriptions_and_health_survive_a_restart()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));
        await bot.RunAsync($"/feeds add url:{server.Url("/touchline.rss")}", permissions: Moderator);

        bot.Reopen();

        var feed = Assert.Single(bot.Feeds.ForGuild(1));
        Assert.Equal("The Touchline Wire", feed.Title);
        Assert.Equal("\"v1\"", feed.ETag);
        Assert.Equal(4, feed.ArticlesSeen);
        Assert.Equal(Start + TimeSpan.FromMinutes(10), feed.NextCheckAt);
        Assert.Equal(4, bot.Feeds.SeenKeys(feed.Id).Count(k => k.StartsWith("touchline-", StringComparison.Ordinal)));
    }
}
