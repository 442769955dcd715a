using RumourBot.Ingestion;
using RumourBot.Commands;
using RumourBot.Feeds;
using RumourBot.Fetching;
using RumourBot.Reports;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Feeds;

/// <summary>Importing a feed's articles: keys too long for an index, and an article whose import fails.</summary>
public class FeedIngesterTests
{
    private static string Rss(params string[] items) => $"<rss version=\"2.0\"><channel><title>Long Wire</title>{string.Concat(items)}</channel></rss>";

    private static string Item(string guid, string link) => $"<item><title>Transfer news</title><link>{link}</link><guid isPermaLink=\"false\">{guid}</guid></item>";

    /// <summary>
    /// A link of exactly <paramref name="length"/> characters to a page of the server, its slug full of percent-encoded
    /// "é"s as a news site's would be; and the path the server sees (decoded).
    /// </summary>
    private static (string Link, string Path) LongLink(FeedServer server, int length)
    {
        var start = $"{server.Base}/articles/";
        const string end = ".html";
        var budget = length - start.Length - end.Length;
        var slug = string.Concat(Enumerable.Repeat("mercato-%C3%A9-", budget / 15)).PadRight(budget, 'x');
        var link = start + slug + end;
        Assert.Equal(length, new Uri(link).AbsoluteUri.Length);
        return (link, "/articles/" + Uri.UnescapeDataString(slug) + end);
    }

    [Fact]
    public async Task An_article_with_a_1500_character_link_and_guid_is_imported()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        var (link, path) = LongLink(server, 1500);
        var guid = "urn:long-wire:" + new string('7', 1500 - 14);
        server.ServeText(path, FeedFixtures.Html, FeedFixtures.Read("articles/palace-ravelle.html"));
        server.ServeText("/long.rss", FeedFixtures.Rss, Rss(Item(guid, link)));
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        var reply = await bot.RunAsync($"/feeds add url:{server.Url("/long.rss")}", permissions: Permissions.ManageGuild);
        bot.Time.Advance(TimeSpan.FromMinutes(10));
        await bot.FeedPoller.CheckDueAsync(CancellationToken.None);

        Assert.Equal("Now following Long Wire", reply.Title);
        var report = Assert.Single(bot.Database.Reports().FindAll());
        Assert.Equal(link, report.Url);
        Assert.Equal(report.Id, bot.Importer.FindByLink(link)?.Id);
        Assert.Equal("Lyon → Crystal Palace", Assert.Single(bot.Book.About("Enzo Ravelle")).Route);
        var seen = Assert.Single(bot.Database.Collection<SeenFeedArticle>(LiteDbFeedStore.ArticlesCollection).FindAll());
        Assert.Equal(SeenFeedArticleOutcome.Stored, seen.Outcome);
        Assert.Equal(guid, seen.Guid);
        Assert.Equal(1, server.CountRequests(path)); // the second check knew it
        var feed = Assert.Single(bot.Feeds.ForGuild(1));
        Assert.Equal(0, feed.ConsecutiveFailures);
        Assert.Null(feed.LastError);
    }

    [Fact]
    public async Task An_article_whose_import_fails_is_remembered_as_failed_and_the_feeds_other_articles_are_imported()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        var broken = server.Url("/articles/palace-ravelle.html").AbsoluteUri;
        server.ServeText("/two.rss", FeedFixtures.Rss, Rss(Item("wire-1", broken), Item("wire-2", server.Url("/articles/villa-lindqvist.html").AbsoluteUri)));
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));
        // A report on file with that link that cannot be read back (a bug, or a format from before): looking it up throws.
        bot.Database.Reports().Insert(new StoredReport { Id = "unreadable", Url = broken, UrlKey = StoredReport.UrlKeyFor(broken) });
        bot.Database.Reports().UpdateMany("{ Published: 'last Tuesday' }", "_id = 'unreadable'");

        var reply = await bot.RunAsync($"/feeds add url:{server.Url("/two.rss")}", permissions: Permissions.ManageGuild);
        bot.Time.Advance(TimeSpan.FromMinutes(10));
        await bot.FeedPoller.CheckDueAsync(CancellationToken.None);

        Assert.Equal("Now following Long Wire", reply.Title);
        Assert.Equal("Feyenoord → Aston Villa", Assert.Single(bot.Book.About("Tobias Lindqvist")).Route);
        var outcomes = bot.Database.Collection<SeenFeedArticle>(LiteDbFeedStore.ArticlesCollection).FindAll().ToDictionary(a => a.Guid!, a => a.Outcome);
        Assert.Equal(SeenFeedArticleOutcome.Failed, outcomes["wire-1"]);
        Assert.Equal(SeenFeedArticleOutcome.Stored, outcomes["wire-2"]);
        var feed = Assert.Single(bot.Feeds.ForGuild(1));
        Assert.Equal(0, feed.ConsecutiveFailures); // the feed is fine, and the failed article is not tried at every check
        Assert.Equal(2, feed.ArticlesSeen);
    }

    private static string Bomb(string inside) => string.Concat(Enumerable.Repeat("<div>", 200_000)) + inside;

    [Fact]
    public async Task A_feed_of_200000_nested_divs_is_refused_remembered_and_never_read_again()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        var bombPage = server.Url("/articles/bomb.html").AbsoluteUri;
        server.ServeText("/articles/bomb.html", FeedFixtures.Html, $"<html><body>{Bomb("Arsenal have agreed a fee with Brentford.")}</body></html>");
        server.ServeText("/bomb.rss", FeedFixtures.Rss, Rss(
            $"<item><title>Bomb in the summary</title><guid isPermaLink=\"false\">bomb-summary</guid><description><![CDATA[{Bomb("Arsenal have agreed a fee for Igor Thiago.")}]]></description></item>",
            Item("bomb-page", bombPage),
            Item("wire-2", server.Url("/articles/villa-lindqvist.html").AbsoluteUri)));
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        var reply = await bot.RunAsync($"/feeds add url:{server.Url("/bomb.rss")}", permissions: Permissions.ManageGuild);
        bot.Reopen(); // a restart reads the feed again: what was refused stays refused
        bot.Time.Advance(TimeSpan.FromMinutes(10));
        await bot.FeedPoller.CheckDueAsync(CancellationToken.None);

        Assert.Equal("Now following Long Wire", reply.Title);
        var outcomes = bot.Database.Collection<SeenFeedArticle>(LiteDbFeedStore.ArticlesCollection).FindAll().ToDictionary(a => a.Guid!, a => a.Outcome);
        Assert.Equal(SeenFeedArticleOutcome.Refused, outcomes["bomb-summary"]);
        Assert.Equal(SeenFeedArticleOutcome.Unreadable, outcomes["bomb-page"]); // the page refused, and no summary to fall back on
        Assert.Equal(SeenFeedArticleOutcome.Stored, outcomes["wire-2"]);
        Assert.Equal(1, server.CountRequests("/articles/bomb.html"));
        Assert.Equal(2, server.CountRequests("/bomb.rss"));
        Assert.Equal("Feyenoord → Aston Villa", Assert.Single(bot.Book.About("Tobias Lindqvist")).Route);
        Assert.Equal(0, Assert.Single(bot.Feeds.ForGuild(1)).ConsecutiveFailures);
    }

    [Fact]
    public async Task A_submitted_link_to_a_page_of_200000_nested_divs_is_refused_with_a_reason()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        server.ServeText("/articles/bomb.html", FeedFixtures.Html, $"<html><body>{Bomb("Arsenal have agreed a fee with Brentford.")}</body></html>");
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        var reply = await bot.RunAsync($"/rumours submit url:{server.Url("/articles/bomb.html")}");

        Assert.True(reply.Ephemeral);
        Assert.Contains("nests its HTML more than 128 levels deep", reply.Description);
        Assert.Equal(0, bot.Database.Reports().Count());
    }

    [Fact]
    public async Task Huge_titles_guids_and_a_feed_title_are_cut_on_the_way_in()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        var hugeTitle = string.Join(' ', Enumerable.Repeat("Villa", 100_000));
        var hugeGuid = "urn:huge:" + new string('g', 100_000);
        server.ServeText("/huge.rss", FeedFixtures.Rss,
            $"<rss version=\"2.0\"><channel><title>{hugeTitle}</title><item><title>{hugeTitle}</title><link>{server.Url("/articles/villa-lindqvist.html")}</link><guid isPermaLink=\"false\">{hugeGuid}</guid></item></channel></rss>");
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        await bot.RunAsync($"/feeds add url:{server.Url("/huge.rss")}", permissions: Permissions.ManageGuild);

        var seen = Assert.Single(bot.Database.Collection<SeenFeedArticle>(LiteDbFeedStore.ArticlesCollection).FindAll());
        Assert.Equal(SeenFeedArticleOutcome.Stored, seen.Outcome);
        Assert.True(seen.FeedTitle.Length <= InboundText.MaxTitle);
        Assert.True(seen.Guid!.Length <= InboundText.MaxLink);
        var report = Assert.Single(bot.Database.Reports().FindAll());
        Assert.True(report.Title.Length <= InboundText.MaxTitle);
        Assert.True(report.FeedTitle!.Length <= InboundText.MaxTitle);
        Assert.Equal(1, server.CountRequests("/articles/villa-lindqvist.html"));
    }

    [Fact]
    public async Task A_feed_item_dated_in_the_future_is_dated_when_it_arrived()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        server.ServeText("/future.rss", FeedFixtures.Rss, Rss(
            $"<item><title>Villa sign Lindqvist</title><link>{server.Url("/articles/villa-lindqvist.html")}</link><guid>future-1</guid><pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate></item>"));
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));
        var arrived = bot.Time.GetUtcNow();

        await bot.RunAsync($"/feeds add url:{server.Url("/future.rss")}", permissions: Permissions.ManageGuild);
        bot.Time.Advance(TimeSpan.FromHours(1));
        bot.Importer.Import(new Report("Villa close in", "Other Wire", null, null,
            "Aston Villa are closing in on a £9 million deal for Feyenoord winger Tobias Lindqvist, with personal terms agreed."), "test");

        Assert.Equal(arrived, Assert.Single(bot.Database.Reports().FindAll(), r => r.Url is not null).Published);
        var rumour = Assert.Single(bot.Book.About("Tobias Lindqvist"));
        Assert.Equal(arrived + TimeSpan.FromHours(1), rumour.LastSeen); // the later report is the latest, as it is
        Assert.Equal("Villa close in", rumour.Latest.Title);
    }
}
