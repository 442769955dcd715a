namespace RumourBot.Reports.Text;

/// <summary>One sentence of an article: its text, where it starts in the article, and its words.</summary>
public sealed record Sentence(int Index, string Text, int Start, IReadOnlyList<Word> Words)
{
    private string[]? _lowerWords;

    public bool IsHeadline { get; init; }

    /// <summary>The words in lower case, computed once: cue phrases are matched against these.</summary>
    public string[] LowerWords => _lowerWords ??= LowerAll(Words);

    private static string[] LowerAll(IReadOnlyList<Word> words)
    {
        var lower = new string[words.Count];
        for (var i = 0; i < lower.Length; i++) lower[i] = Lower(words[i].Text);
        return lower;
    }

    // ToLowerInvariant hands a capitalised word to ICU. Words in Latin-1 and general punctuation (curly quotes, dashes)
    // are lowered here to the same text; any other letter still goes through ToLowerInvariant.
    private static string Lower(string text)
    {
        var change = false;
        foreach (var c in text)
        {
            if (c >= 0x100 && c is not (>= '\u2000' and <= '\u206F')) return text.ToLowerInvariant();
            if (IsLatinCapital(c)) change = true;
        }
        if (!change) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = IsLatinCapital(source[i]) ? (char)(source[i] + 32) : source[i];
        });
    }

    // A-Z, and À-Þ but for the multiplication sign: each one's lower case is 32 further on.
    private static bool IsLatinCapital(char c) => c is >= 'A' and <= 'Z' || (c is >= '\u00C0' and <= '\u00DE' && c != '\u00D7');
}
