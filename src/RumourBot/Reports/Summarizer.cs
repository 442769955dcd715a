using RumourBot.Reports.Text;

namespace RumourBot.Reports;

/// <summary>
/// Picks two or three of the article's own sentences that best tell the main move (who, where, how much, how far),
/// keeps them in article order, and stays within <see cref="MaxLength"/> characters.
/// </summary>
internal static class Summarizer
{
    public const int MaxLength = 400;

    public static string Summarize(AnalysedArticle article, IReadOnlyList<(Sentence Sentence, bool Named)> aboutMainMove)
    {
        var body = article.Sentences.Where(s => !s.IsHeadline).ToList();
        if (body.Count == 0) return "";
        var named = aboutMainMove.Where(s => s.Named).Select(s => s.Sentence.Index).ToHashSet();
        var related = aboutMainMove.Select(s => s.Sentence.Index).ToHashSet();

        var ranked = body
            .Select((sentence, position) => (Sentence: sentence, Score: Score(article, sentence, position, named, related)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Sentence.Index)
            .ToList();

        var chosen = new List<Sentence>();
        var length = 0;
        foreach (var (sentence, _) in ranked)
        {
            var added = sentence.Text.Length + (chosen.Count > 0 ? 1 : 0);
            if (length + added > MaxLength) continue;
            chosen.Add(sentence);
            length += added;
            if (chosen.Count == 3) break;
        }
        if (chosen.Count == 0)
        {
            return Shorten(ranked[0].Sentence.Text);
        }
        return string.Join(' ', chosen.OrderBy(s => s.Index).Select(s => s.Text));
    }

    private static double Score(AnalysedArticle article, Sentence sentence, int position, HashSet<int> named, HashSet<int> related)
    {
        double score = 0;
        if (named.Contains(sentence.Index)) score += 3;
        else if (related.Contains(sentence.Index)) score += 1;
        var clubCount = article.ClubsIn(sentence.Index).Select(c => c.Club).Distinct().Count();
        score += Math.Min(clubCount, 2);
        if (article.MoneyIn(sentence.Index).Any(m => m.IsFee)) score += 2;
        if (article.StatusOf(sentence.Index) != MoveStatus.Unknown) score += 2;
        score += position switch { < 2 => 2, < 5 => 1, _ => 0 };
        if (sentence.Text.EndsWith('?')) score -= 4;
        if (IsQuote(sentence.Text)) score -= 1.5; // quotes colour a story; the summary should state it
        if (sentence.Text.Length < 40) score -= 2;
        if (sentence.Text.Length > 300) score -= 2;
        return score;
    }

    private static bool IsQuote(string text) =>
        text[0] is '"' or '\u201C' || text[^1] is '"' or '\u201D' || text.EndsWith(" said.", StringComparison.Ordinal);

    // Only when no sentence fits: cut the best one at a word boundary.
    private static string Shorten(string text)
    {
        if (text.Length <= MaxLength) return text;
        var cut = text.LastIndexOf(' ', MaxLength - 1);
        return text[..(cut > 0 ? cut : MaxLength - 1)] + "…";
    }
}
