using RumourBot.Fetching;

namespace RumourBot.Tests.Fetching;

public class WebLinkTests
{
    [Theory]
    [InlineData("ftp://example.com/feed.xml", "Only http:// and https://")]
    [InlineData("file:///etc/passwd", "not a web address")]
    [InlineData("not a url", "not a web address")]
    [InlineData("/relative/feed.xml", "not a web address")]
    [InlineData("javascript:alert(1)", "Only http:// and https://")]
    [InlineData("gopher://example.com/", "Only http:// and https://")]
    [InlineData("https://fan:secret@example.com/feed.xml", "user name or password")]
    [InlineData("", "No link")]
    public void Refuses_what_cannot_be_fetched(string text, string expected)
    {
        Assert.False(WebLink.TryParse(text, out _, out var problem));
        Assert.Contains(expected, problem);
    }

    [Fact]
    public void Keeps_the_query_and_drops_the_fragment()
    {
        Assert.True(WebLink.TryParse("  https://Example.com/news/transfers.rss?team=7#latest ", out var link, out _));

        Assert.Equal("https://example.com/news/transfers.rss?team=7", link.AbsoluteUri);
    }
}
