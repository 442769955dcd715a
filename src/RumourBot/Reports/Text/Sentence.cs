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

    // ToLowerInvariant hands a capitalised word to ICU; an ASCII word is lowered here to the same text.
    private static string Lower(string text)
    {
        var change = false;
        foreach (var c in text)
        {
            if (c >= 128) return text.ToLowerInvariant();
            if (c is >= 'A' and <= 'Z') change = true;
        }
        if (!change) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = source[i] is >= 'A' and <= 'Z' ? (char)(source[i] + 32) : source[i];
        });
    }
}
