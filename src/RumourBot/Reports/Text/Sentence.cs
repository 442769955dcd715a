namespace RumourBot.Reports.Text;

/// <summary>One sentence of an article: its text, where it starts in the article, and its words.</summary>
public sealed record Sentence(int Index, string Text, int Start, IReadOnlyList<Word> Words)
{
    private string[]? _lowerWords;

    public bool IsHeadline { get; init; }

    /// <summary>The words in lower case, computed once: cue phrases are matched against these.</summary>
    public string[] LowerWords => _lowerWords ??= Words.Select(w => w.Text.ToLowerInvariant()).ToArray();
}
