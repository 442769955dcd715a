using RumourBot.Ingestion;

namespace RumourBot.Tests.Ingestion;

public class HtmlNestingTests
{
    [Theory]
    [InlineData("<p>One</p><p>Two</p>", 1)]
    [InlineData("<div><div><p>Deep</p></div></div>", 3)]
    [InlineData("<ul><li>One<li>Two<li>Three</ul>", 2)] // a list item closes the one before, as the parser does
    [InlineData("<p>One<p>Two<p>Three", 1)]
    [InlineData("<div><br><img src=\"a.png\"><hr/><span/></div>", 1)] // void and self-closed elements add nothing
    [InlineData("<div><span><b>bold</div><div>next</div>", 3)] // an end tag closes what is still open inside it
    [InlineData("<script>if (a < b) document.write('<div><div><div>')</script><p>x</p>", 1)]
    [InlineData("<!-- <div><div> --><p a=\"<div>\">x</p>", 1)]
    [InlineData("Fee < £40m and 3 > 2", 0)]
    public void Measures_how_deep_elements_nest(string html, int depth) => Assert.Equal(depth, HtmlNesting.Depth(html));

    [Fact]
    public void Two_hundred_thousand_nested_divs_are_too_deep_and_a_real_article_is_not()
    {
        Assert.True(HtmlNesting.IsTooDeep(string.Concat(Enumerable.Repeat("<div>", 200_000)) + "text"));
        Assert.False(HtmlNesting.IsTooDeep(Support.FeedFixtures.Read("articles/palace-ravelle.html")));
    }

    [Fact]
    public void A_summary_nested_too_deep_is_refused_and_one_within_the_cap_is_read_without_recursion()
    {
        Assert.Throws<TooDeepHtmlException>(() => HtmlText.ToPlainText(string.Concat(Enumerable.Repeat("<div>", 200_000)) + "text"));

        var deepest = string.Concat(Enumerable.Repeat("<span>", HtmlNesting.MaxDepth - 1)) + "<p>Arsenal bid</p>";
        Assert.Equal("Arsenal bid", HtmlText.ToPlainText(deepest));
    }
}
