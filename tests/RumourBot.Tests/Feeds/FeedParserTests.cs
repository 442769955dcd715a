using System.Diagnostics;
using System.Text;
using RumourBot.Feeds;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Feeds;

public class FeedParserTests
{
    private static readonly Uri Base = new("https://touchline.example/");

    private static byte[] Fixture(string name) => Encoding.UTF8.GetBytes(FeedFixtures.Read(name).Replace("{base}", "https://touchline.example", StringComparison.Ordinal));

    [Fact]
    public void Reads_an_rss_2_feed()
    {
        Assert.True(FeedParser.TryParse(Fixture("touchline-wire.rss"), new Uri(Base, "touchline.rss"), out var feed, out _));

        Assert.Equal("The Touchline Wire", feed.Title);
        Assert.Equal(4, feed.Articles.Count);
        var first = feed.Articles[0];
        Assert.Equal("touchline-1004", first.Guid);
        Assert.Equal("https://touchline.example/articles/villa-lindqvist.html", first.Link!.AbsoluteUri);
        Assert.Equal("Aston Villa complete signing of Tobias Lindqvist from Feyenoord", first.Title);
        Assert.Equal(new DateTimeOffset(2025, 9, 30, 16, 45, 0, TimeSpan.Zero), first.Published);
        Assert.Contains("£9 million", first.Summary);
        Assert.Equal(new DateTimeOffset(2025, 9, 30, 8, 10, 0, TimeSpan.Zero), feed.Articles[1].Published!.Value.ToUniversalTime());
    }

    [Fact]
    public void Reads_an_atom_feed_and_resolves_relative_links_against_it()
    {
        Assert.True(FeedParser.TryParse(Fixture("mercato-desk.atom"), new Uri(Base, "feeds/mercato.atom"), out var feed, out _));

        Assert.Equal("Mercato Desk", feed.Title);
        Assert.Equal(["urn:uuid:mercato-desk-2002", "urn:uuid:mercato-desk-2001"], feed.Articles.Select(a => a.Guid));
        Assert.Equal("https://touchline.example/articles/betis-maclaren.html", feed.Articles[0].Link!.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2025, 9, 29, 6, 15, 0, TimeSpan.Zero), feed.Articles[1].Published!.Value.ToUniversalTime());
        Assert.Contains("England Under-21 full-back", feed.Articles[1].Summary);
    }

    [Fact]
    public void An_unreadable_date_leaves_the_date_unknown_but_keeps_the_article()
    {
        var rss = """
            <rss version="2.0"><channel><title>Odd Dates</title>
              <item><title>One</title><link>https://odd.example/1</link><pubDate>yesterday, around teatime</pubDate></item>
              <item><title>Two</title><link>https://odd.example/2</link><pubDate>2025-09-30T10:00:00Z</pubDate></item>
            </channel></rss>
            """;

        Assert.True(FeedParser.TryParse(Encoding.UTF8.GetBytes(rss), Base, out var feed, out _));

        Assert.Null(feed.Articles[0].Published);
        Assert.Equal(new DateTimeOffset(2025, 9, 30, 10, 0, 0, TimeSpan.Zero), feed.Articles[1].Published);
        Assert.Equal("https://odd.example/1", feed.Articles[0].Key); // no guid: the link identifies it
    }

    [Fact]
    public void An_entity_expansion_bomb_is_refused_without_expanding_anything()
    {
        var clock = Stopwatch.StartNew();

        Assert.False(FeedParser.TryParse(Fixture("billion-laughs.xml"), Base, out _, out var problem));

        Assert.Contains("declares a DTD, which is refused", problem);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5)); // a billion "lol"s would not be done yet
    }

    [Fact]
    public void External_entities_are_refused_and_never_resolved()
    {
        Assert.False(FeedParser.TryParse(Fixture("external-entity.xml"), Base, out var feed, out var problem));

        Assert.Contains("DTD", problem);
        Assert.Null(feed);
        Assert.DoesNotContain("root:", problem);
    }

    [Theory]
    [InlineData("<html><body><p>Transfer news</p></body></html>", "did not send an RSS or Atom feed")]
    [InlineData("<!DOCTYPE html>\n<html><body><p>Transfer news</p></body></html>", "sent a web page, not an RSS or Atom feed")]
    [InlineData("<rss version=\"2.0\"><channel><title>Cut off", "not well-formed XML")]
    [InlineData("{\"items\": []}", "not well-formed XML")]
    public void What_is_not_a_feed_is_explained(string body, string expected)
    {
        Assert.False(FeedParser.TryParse(Encoding.UTF8.GetBytes(body), Base, out _, out var problem));

        Assert.Contains(expected, problem);
    }
}
