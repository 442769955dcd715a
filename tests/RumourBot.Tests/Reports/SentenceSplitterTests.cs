using RumourBot.Reports.Text;

namespace RumourBot.Tests.Reports;

/// <summary>Where the splitter ends a sentence inside one line of text.</summary>
public class SentenceSplitterTests
{
    // "... joining Heracles Almelo in 2010. te Wierik went on to ...": a sentence may open with a surname's lower-case
    // particle, and the past it tells must stay a sentence of its own.
    [Theory]
    [InlineData("He started out at FC Twente before joining Heracles in 2010. te Varga went on to spend seven years there.", "te Varga went on to spend seven years there.")]
    [InlineData("Roma want a defender. van Berg is their first choice.", "van Berg is their first choice.")]
    public void A_sentence_may_open_with_a_surname_s_lower_case_particle(string text, string second)
    {
        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(2, sentences.Count);
        Assert.Equal(second, sentences[1].Text.Trim());
    }

    [Fact]
    public void A_lower_case_word_after_a_full_stop_goes_on_with_the_sentence() =>
        Assert.Single(SentenceSplitter.Split("He scored the late goal in the 90th min. de facto the winner of the tie."));
}
