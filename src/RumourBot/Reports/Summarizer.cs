using RumourBot.Reports.Text;

namespace RumourBot.Reports;

/// <summary>
/// Picks two or three of the article's own sentences that best tell the main move (who, where, how much, how far),
/// keeps them in article order, and stays within <see cref="MaxLength"/> characters. Sentences are never cut and a
/// quotation is never split: when no whole sentence fits, the shortest of the best is given whole.
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

        // A quotation that runs over several sentences is one unit: never half of it.
        var ranked = Units(body)
            .Select((unit, position) => (Unit: unit, Score: unit.Select(s => Score(article, s, position, named, related)).Max(), Length: unit.Sum(s => s.Text.Length) + unit.Count - 1))
            .OrderByDescending(u => u.Score)
            .ThenBy(u => u.Unit[0].Index)
            .ToList();

        var chosen = new List<Sentence>();
        var length = 0;
        var units = 0;
        foreach (var (unit, _, unitLength) in ranked)
        {
            var added = unitLength + (chosen.Count > 0 ? 1 : 0);
            if (length + added > MaxLength) continue;
            chosen.AddRange(unit);
            length += added;
            if (++units == 3 || chosen.Count >= 3) break;
        }
        // Nothing fits: the shortest of the best units, whole, rather than a sentence cut in half.
        if (chosen.Count == 0) chosen.AddRange(ranked.Take(3).MinBy(u => u.Length).Unit);
        return string.Join(' ', chosen.OrderBy(s => s.Index).Select(s => s.Text));
    }

    // Sentences grouped so that every opened quotation is closed within its group.
    private static List<List<Sentence>> Units(List<Sentence> body)
    {
        var units = new List<List<Sentence>>();
        List<Sentence>? open = null;
        var curly = 0;
        var straight = false;
        foreach (var sentence in body)
        {
            if (open is null) units.Add(open = []);
            open.Add(sentence);
            foreach (var c in sentence.Text)
            {
                if (c == '\u201C') curly++;
                else if (c == '\u201D') curly = Math.Max(0, curly - 1);
                else if (c == '"') straight = !straight;
            }
            // A quotation left open for four sentences was a stray mark, not a long quote.
            if ((curly == 0 && !straight) || open.Count >= 4)
            {
                curly = 0;
                straight = false;
                open = null;
            }
        }
        return units;
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
}
