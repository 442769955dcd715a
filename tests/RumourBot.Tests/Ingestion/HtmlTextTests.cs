using RumourBot.Ingestion;

namespace RumourBot.Tests.Ingestion;

public class HtmlTextTests
{
    [Fact]
    public void Blocks_become_paragraphs_and_markup_goes()
    {
        var text = HtmlText.ToPlainText("<p>Everton have agreed a <b>£18m</b> fee.</p><script>track()</script><p>Medical   on Friday.<br>Five-year deal.</p>");

        Assert.Equal("Everton have agreed a £18m fee.\n\nMedical on Friday.\n\nFive-year deal.", text);
    }

    [Fact]
    public void Entities_are_decoded() =>
        Assert.Equal("Brighton & Hove Albion's €30m bid", HtmlText.ToPlainText("Brighton &amp; Hove Albion&#39;s &euro;30m bid"));
}
