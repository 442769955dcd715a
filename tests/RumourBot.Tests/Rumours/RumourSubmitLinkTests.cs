using RumourBot.Reports;
using RumourBot.Ingestion;
using RumourBot.Fetching;
using RumourBot.Replies;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Rumours;

/// <summary><c>/rumours submit url:</c>: a link a member pastes is fetched, read and analysed like a feed's article.</summary>
public class RumourSubmitLinkTests
{
    [Fact]
    public async Task A_submitted_link_is_read_analysed_and_stored()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));
        var link = server.Url("/articles/bayern-oberholz.html");

        var reply = await bot.RunAsync($"/rumours submit url:{link}");

        Assert.Equal("Report added", reply.Title);
        Assert.Equal(ReplyTone.Success, reply.Tone);
        Assert.Contains(reply.Fields, f => f.Name == "Jannik Oberholz: Bayern Munich → Newcastle United" && f.Value.Contains("rejected"));
        Assert.StartsWith("Bayern Munich have rejected a €40 million bid", reply.Description);
        var report = Assert.Single(bot.Database.Reports().FindAll());
        Assert.Equal(link.AbsoluteUri, report.Url);
        Assert.Equal("The Touchline Wire", report.Outlet);
        Assert.Equal("submitted by user1", report.Origin);
        Assert.False(report.Backfill);
        Assert.Null(report.FeedUrl);
    }

    [Fact]
    public async Task The_same_link_again_is_on_file_without_being_fetched_again()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));
        var link = server.Url("/articles/villa-lindqvist.html");
        await bot.RunAsync($"/rumours submit url:{link}");

        var again = await bot.RunAsync($"/rumours submit url:{link}#comments");

        Assert.Equal("Already on file", again.Title);
        Assert.Equal(1, server.CountRequests("/articles/villa-lindqvist.html"));
        Assert.Equal(1, bot.Database.Reports().Count());
    }

    [Fact]
    public async Task A_1900_character_link_is_stored_and_known_the_next_time()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));
        // Percent-encoded "é"s, as a news site's slug has them: far beyond the 1023 bytes LiteDB allows an index key.
        var start = $"{server.Base}/articles/";
        var slug = string.Concat(Enumerable.Repeat("mercato-%C3%A9-", 120)).PadRight(1900 - start.Length - ".html".Length, 'x');
        var link = start + slug + ".html";
        server.ServeText("/articles/" + Uri.UnescapeDataString(slug) + ".html", FeedFixtures.Html, FeedFixtures.Read("articles/bayern-oberholz.html"));

        var reply = await bot.RunAsync($"/rumours submit url:{link}");
        var again = await bot.RunAsync($"/rumours submit url:{link}");

        Assert.Equal(1900, link.Length);
        Assert.Equal("Report added", reply.Title);
        Assert.Equal(link, Assert.Single(bot.Database.Reports().FindAll()).Url);
        Assert.Equal("Already on file", again.Title);
    }

    [Fact]
    public async Task An_article_naming_no_transfer_is_not_kept()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        server.ServeText("/articles/weather.html", FeedFixtures.Html,
            "<html><head><title>Weather</title></head><body><article>" +
            string.Concat(Enumerable.Repeat("<p>The weather in Devon was glorious all weekend, and the beaches were busy from dawn until long after dusk.</p>", 6)) +
            "</article></body></html>");
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        var reply = await bot.RunAsync($"/rumours submit url:{server.Url("/articles/weather.html")}");

        Assert.Contains("couldn't find a transfer in that article", reply.Description);
        Assert.Equal(0, bot.Database.Reports().Count());
    }

    [Theory]
    [InlineData("/rumours submit", "either as text:")]
    [InlineData("/rumours submit text:Everton have agreed a fee with Lille for the defender today. url:https://touchline.example/a", "either as text:")]
    [InlineData("/rumours submit url:ftp://touchline.example/a", "Only http:// and https://")]
    [InlineData("/rumours submit url:http://192.168.0.20/transfers", "192.168.0.20 cannot be fetched: the bot only fetches public web addresses (http and https, ports 80 and 443).")]
    [InlineData("/rumours submit url:http://100.64.1.1/transfers", "100.64.1.1 cannot be fetched: the bot only fetches public web addresses (http and https, ports 80 and 443).")]
    [InlineData("/rumours submit url:http://[fe80::1]/transfers", "[fe80::1] cannot be fetched: the bot only fetches public web addresses (http and https, ports 80 and 443).")]
    public async Task A_bad_submission_is_explained_and_nothing_is_stored(string line, string expected)
    {
        using var bot = new TestBot(); // the production guard

        var reply = await bot.RunAsync(line);

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.True(reply.Ephemeral);
        Assert.Contains(expected, reply.Description);
        Assert.Equal(0, bot.Database.Reports().Count());
    }

    [Fact]
    public async Task A_link_that_redirects_to_cloud_metadata_is_refused()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        server.Redirect("/short/abc", "http://169.254.169.254/latest/meta-data/");
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        var reply = await bot.RunAsync($"/rumours submit url:{server.Url("/short/abc")}");

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Contains(SafeHttpFetcher.RefusalFor(server.Url("/")), reply.Description);
        Assert.Equal(0, bot.Database.Reports().Count());
    }

    // A page about the same move each time, told differently enough to be a story of its own, from a "site" whose
    // og:site_name is 1.9 MB.
    private static string HugeSiteNamePage(string siteName, int variant) =>
        $"""
        <html><head><title>Villa bid for Lindqvist</title><meta property="og:site_name" content="{siteName}"></head>
        <body><article><h1>Aston Villa bid for Tobias Lindqvist</h1>
        <p>Aston Villa have made a £9 million bid for Feyenoord winger Tobias Lindqvist.</p>
        <p>{string.Join(' ', Enumerable.Range(0, 80).Select(word => $"note{variant}w{word}"))}.</p>
        </article></body></html>
        """;

    [Fact]
    public async Task A_page_with_a_2_MB_site_name_submitted_ten_times_leaves_the_rumour_working_for_everyone()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));
        var siteName = new string('W', 1_900_000);
        for (var i = 0; i < 10; i++) server.ServeText($"/articles/huge-{i}.html", FeedFixtures.Html, HugeSiteNamePage(siteName, i));

        var submits = new List<Reply>();
        for (var i = 0; i < 10; i++) submits.Add(await bot.RunAsync($"/rumours submit url:{server.Url($"/articles/huge-{i}.html")}", userId: (ulong)(100 + i)));
        var normal = bot.Importer.Import(new Report("Villa close in", "The Touchline Wire", null, null,
            "Aston Villa are closing in on a £9 million deal for Feyenoord winger Tobias Lindqvist, with personal terms agreed."), "test");

        Assert.All(submits, reply => Assert.Equal("Report added", reply.Title));
        Assert.Equal(ImportOutcome.Stored, normal.Outcome);
        var rumour = Assert.Single(bot.Book.About("Tobias Lindqvist"));
        Assert.Equal(11, rumour.ReportCount);
        Assert.True(rumour.Stories.Count >= 8, $"{rumour.Stories.Count} stories: the pages were merged, so the test proves nothing");
        Assert.All(rumour.Stories.SelectMany(s => s.Outlets), outlet => Assert.True(outlet.Length <= InboundText.MaxOutlet));
        Assert.All(bot.Database.Reports().FindAll(), report => Assert.True(report.Outlet is null || report.Outlet.Length <= InboundText.MaxOutlet));
    }

    [Fact]
    public async Task Header_lines_in_submitted_text_claim_nothing_and_the_real_article_is_still_read()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));
        var link = server.Url("/articles/villa-lindqvist.html");

        var pasted = await bot.RunAsync($"/rumours submit text:Url: {link}\nOutlet: The Touchline Wire\nPublished: 2020-01-01\n\nAston Villa have completed the signing of Tobias Lindqvist from Feyenoord for a fee of £1.");
        var real = await bot.RunAsync($"/rumours submit url:{link}");

        Assert.Equal("Report added", pasted.Title);
        Assert.Equal("Report added", real.Title); // not "Already on file": the paste claimed the link and got nothing
        var fromPaste = Assert.Single(bot.Database.Reports().FindAll(), r => r.Origin == "submitted by user1" && r.Url is null);
        Assert.Null(fromPaste.Outlet);
        Assert.Equal(bot.Time.GetUtcNow(), fromPaste.Published);
        Assert.StartsWith("Url: ", fromPaste.Text);
        Assert.Equal(1, server.CountRequests("/articles/villa-lindqvist.html"));
    }
}
