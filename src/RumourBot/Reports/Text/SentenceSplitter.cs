namespace RumourBot.Reports.Text;

/// <summary>
/// Splits article text into sentences. A line break always ends a sentence (sub-headings carry no full stop);
/// inside a line, '.', '!' or '?' ends one when the next word starts with a capital, a digit or a quote.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "no", "vs", "v", "jr", "sr", "inc", "ltd", "approx", "e.g", "i.e", "etc",
        "rs", // "around Rs. $535 million": the reais sign, not a sentence end
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlyList<Sentence> Split(string text, int firstIndex = 0)
    {
        var sentences = new List<Sentence>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            SplitLine(text, lineStart, lineEnd, sentences, firstIndex);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void SplitLine(string text, int start, int end, List<Sentence> sentences, int firstIndex)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] is not ('.' or '!' or '?')) continue;
            var close = i + 1;
            while (close < end && text[close] is '"' or '\u201D' or '\'' or '\u2019' or ')' or '!' or '?' or '.') close++;
            if (close < end && !char.IsWhiteSpace(text[close])) continue;
            var next = close;
            while (next < end && char.IsWhiteSpace(text[next])) next++;
            if (next < end && !StartsSentence(text[next]) && !StartsWithParticledName(text, next, end)) continue;
            if (text[i] == '.' && EndsWithAbbreviation(text, sentenceStart, i)) continue;
            Add(text, sentenceStart, close, sentences, firstIndex);
            sentenceStart = close;
            i = close - 1;
        }
        Add(text, sentenceStart, end, sentences, firstIndex);
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\'' or '\u2018' or '£' or '€' or '$' or '[';

    // "te Wierik went on to spend seven years there", "van Dijk has": a surname whose particle the writer keeps in lower
    // case even at the start of a sentence.
    private static bool StartsWithParticledName(string text, int at, int end)
    {
        var space = text.IndexOf(' ', at, Math.Min(5, end - at));
        return space > at && space + 1 < end && char.IsUpper(text[space + 1])
            && text.AsSpan(at, space - at) is "te" or "ter" or "van" or "von" or "de" or "der" or "den" or "da" or "di" or "dos" or "du";
    }

    private static bool EndsWithAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text.AsSpan(wordStart, dot - wordStart);
        // An initial, as in "J. Smith"; but not the letter of a league or group ("his debut season in Serie A.").
        if (word.Length == 1 && char.IsUpper(word[0])) return !NamesALetteredDivision(text.AsSpan(sentenceStart, wordStart - sentenceStart));
        return AbbreviationLookup.Contains(word) || IsDottedInitials(word);
    }

    // "D.C. United", "the U.S. national team": letters with a full stop after each are one abbreviation.
    private static bool IsDottedInitials(ReadOnlySpan<char> word)
    {
        if (word.Length < 3) return false;
        for (var i = 0; i < word.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsUpper(word[i]) : word[i] != '.') return false;
        }
        return word.Length % 2 == 1;
    }

    private static bool NamesALetteredDivision(ReadOnlySpan<char> before) =>
        before.EndsWith("Serie ", StringComparison.Ordinal) || before.EndsWith("Group ", StringComparison.Ordinal);

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text) if (char.IsLetter(c)) return true;
        return false;
    }

    private static void Add(string text, int start, int end, List<Sentence> sentences, int firstIndex)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= start) return;
        if (!HasLetter(text.AsSpan(start, end - start))) return;
        var sentenceText = text[start..end];
        sentences.Add(new Sentence(firstIndex + sentences.Count, sentenceText, start, WordSplitter.Split(sentenceText)));
    }
}
