namespace RumourBot.Reports.Text;

/// <summary>One sentence of an article: its text, where it starts in the article, and its words.</summary>
public sealed record Sentence(int Index, string Text, int Start, IReadOnlyList<Word> Words)
{
    public bool IsHeadline { get; init; }
}
