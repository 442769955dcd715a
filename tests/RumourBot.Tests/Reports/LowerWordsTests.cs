using RumourBot.Reports.Text;

namespace RumourBot.Tests.Reports;

/// <summary>A sentence's lower-case words skip ICU for Latin-1 and punctuation: they must still be ToLowerInvariant's.</summary>
public class LowerWordsTests
{
    [Fact]
    public void Every_character_is_lowered_as_ToLowerInvariant_lowers_it()
    {
        for (var c = 0x80; c < 0x10000; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF) continue;
            var ch = (char)c;
            var words = new List<Word> { new($"{ch}", 0, 1, false), new($"A{ch}b", 2, 5, false), new($"Ødegaard{ch}", 6, 15, false) };
            var sentence = new Sentence(0, "", 0, words);

            Assert.Equal(words.Select(w => w.Text.ToLowerInvariant()), sentence.LowerWords);
        }
    }

    [Fact]
    public void Capitals_in_ascii_and_latin1_are_lowered_and_the_rest_kept()
    {
        var words = new List<Word> { new("LIVERPOOL", 0, 9, false), new("Ødegaard’s", 10, 20, false), new("×Ä—", 21, 24, false), new("İstanbul", 25, 33, false) };

        Assert.Equal(["liverpool", "ødegaard’s", "×ä—", "İstanbul".ToLowerInvariant()], new Sentence(0, "", 0, words).LowerWords);
    }
}
