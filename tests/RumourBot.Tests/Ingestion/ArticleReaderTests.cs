using RumourBot.Fetching;
using RumourBot.Ingestion;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Ingestion;

public class ArticleReaderTests
{
    private static readonly ArticleFallback Teaser = new("Everton agree fee for Keita-Laurent", "<p>The defender will have a <b>medical</b> this week.</p>", "The Touchline Wire", new DateTimeOffset(2025, 9, 29, 18, 30, 0, TimeSpan.Zero));

    [Fact]
    public async Task Extracts_the_article_and_leaves_the_page_around_it()
    {
        await using var server = await FeedFixtures.StartServerAsync();
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        var reading = await bot.Articles.ReadAsync(server.Url("/articles/everton-keita-laurent.html"), Teaser, CancellationToken.None);

        var report = reading.Report!;
        Assert.Null(reading.Problem);
        Assert.False(reading.FromSummary);
        Assert.StartsWith("Everton have agreed an £18 million fee with Lille for Moussa Keita-Laurent", report.Text);
        Assert.Contains("Personal terms are not expected to be a problem", report.Text);
        Assert.Contains("\n\n", report.Text); // paragraphs kept apart
        Assert.DoesNotContain("cookie", report.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Most read", report.Text);
        Assert.DoesNotContain("All rights reserved", report.Text);
        Assert.Equal("The Touchline Wire", report.Outlet);
        Assert.Equal(Teaser.Title, report.Title);
        Assert.Equal(Teaser.Published, report.Published);
        Assert.Equal(server.Url("/articles/everton-keita-laurent.html").AbsoluteUri, report.Url);
        Assert.Equal(0, server.CountRequests("/pixel.png")); // SmartReader fetched nothing of its own
    }

    [Theory]
    [InlineData("/articles/missing.html")]
    [InlineData("/articles/a-pdf")]
    [InlineData("/articles/empty.html")]
    public async Task Falls_back_to_the_feeds_summary_when_the_page_has_no_article(string path)
    {
        await using var server = await FeedFixtures.StartServerAsync();
        server.ServeText("/articles/a-pdf", "application/pdf", "%PDF-1.7 not really");
        server.ServeText("/articles/empty.html", FeedFixtures.Html, "<html><body><nav>Home</nav></body></html>");
        using var bot = new TestBot(addresses: AddressPolicy.AllowingOnly(server.EndPoint));

        var reading = await bot.Articles.ReadAsync(server.Url(path), Teaser, CancellationToken.None);

        Assert.True(reading.FromSummary);
        Assert.NotNull(reading.Problem);
        Assert.Equal("The defender will have a medical this week.", reading.Report!.Text);
        Assert.Equal(server.Url(path).AbsoluteUri, reading.Report.Url);
    }

    [Fact]
    public async Task A_refused_link_without_a_summary_gives_no_report_and_says_why()
    {
        using var bot = new TestBot();

        var reading = await bot.Articles.ReadAsync(new Uri("http://192.168.0.10/transfers/today"), fallback: null, CancellationToken.None);

        Assert.Null(reading.Report);
        Assert.Equal("192.168.0.10 cannot be fetched: the bot only fetches public web addresses (http and https, ports 80 and 443).", reading.Problem);
    }
}
