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

        // Prose only: bylines, captions, dates and standfirsts without a full stop are not sentences to quote. A
        // report with no prose at all still gets its lines.
        var prose = body.Where(IsProse).ToList();
        var units = Units(prose.Count > 0 ? prose : body);
        // A question on its own ("What does Ancelotti's involvement suggest?") states nothing about the move.
        var statements = units.Where(unit => !unit.All(IsQuestion)).ToList();
        if (statements.Count > 0) units = statements;
        var ranked = units
            .Select((unit, position) => (Unit: unit, Score: unit.Select(s => Score(article, s, position, named, related)).Max(), Length: unit.Sum(s => s.Text.Length) + unit.Count - 1))
            .OrderByDescending(u => u.Score)
            .ThenBy(u => u.Unit[0].Index)
            .ToList();

        var chosen = new List<Sentence>();
        var chosenTexts = new HashSet<string>(StringComparer.Ordinal);
        var length = 0;
        var count = 0;
        foreach (var (unit, _, unitLength) in ranked)
        {
            var added = unitLength + (chosen.Count > 0 ? 1 : 0);
            if (length + added > MaxLength) continue;
            if (!chosenTexts.Add(string.Join(' ', unit.Select(s => s.Text)))) continue; // a paragraph printed twice is said once
            chosen.AddRange(unit);
            length += added;
            if (++count == 3 || chosen.Count >= 3) break;
        }
        // Nothing fits: the shortest of the best units, whole, rather than a sentence cut in half.
        if (chosen.Count == 0 && ranked.Count > 0) chosen.AddRange(ranked.Take(3).MinBy(u => u.Length).Unit);
        return Join(chosen.OrderBy(s => s.Index).ToList());
    }

    // A line with no full stop (a wire bulletin's "* Has right to acquire…") ends where its line ends: a space after it
    // would run it into the next one as one sentence the article never wrote. So does a line before a list item ("- The
    // Telegraph reports…"): the bullet stays at a line's start, where Discord shows it as a list.
    private static string Join(List<Sentence> sentences)
    {
        if (sentences.Count == 0) return "";
        var summary = new System.Text.StringBuilder(sentences[0].Text);
        for (var i = 1; i < sentences.Count; i++)
        {
            summary.Append(EndsWithStop(sentences[i - 1].Text) && !IsListItem(sentences[i].Text) ? ' ' : '\n').Append(sentences[i].Text);
        }
        return summary.ToString();
    }

    private static bool IsListItem(string text) => text is ['-' or '*' or '\u2022', ' ', ..];

    // Sentences grouped so that every opened quotation is closed within its group; the tail of a quotation whose
    // opening is not in the article (or not among its prose) is left out: it would read as half a quotation.
    private static List<List<Sentence>> Units(List<Sentence> sentences)
    {
        var units = new List<List<Sentence>>();
        List<Sentence>? open = null;
        var depth = 0;
        foreach (var sentence in sentences)
        {
            var (after, closesUnopened) = QuotationMarks.Walk(sentence.Text, depth);
            if (open is null && closesUnopened) continue;
            if (open is null) units.Add(open = []);
            open.Add(sentence);
            depth = after;
            // A quotation still open after four sentences is a stray mark or a quote too long to give whole ("…with it.
            // “He is under contract…" reopening each paragraph): either way its sentences would read as half a quotation.
            if (depth == 0 || open.Count >= 4)
            {
                if (depth > 0) units.Remove(open);
                depth = 0;
                open = null;
            }
        }
        // A quotation the article never closes was a stray mark: its sentences would read as half a quotation.
        if (open is not null) units.Remove(open);
        return units;
    }

    // A sentence ends in a full stop, a question or exclamation mark (perhaps inside a closing quote or bracket),
    // has six words or more (a lone "Ditto for the club." says nothing), and is no picture caption ("© Getty", "| Photo: …").
    private static bool IsProse(Sentence sentence)
    {
        var text = sentence.Text.AsSpan().TrimEnd();
        // A line opening on a hashtag is an embedded post ("#AFCB have made an offer…"), the article's prose retold.
        if (sentence.Words.Count < 6 || text.Contains('©') || text.Contains(" | ", StringComparison.Ordinal) || text.StartsWith('#')) return false;
        // One opening on a small letter is the tail of the sentence before it ("said the 28-year-old, …" after a
        // quotation a page broke onto its own line): half a sentence.
        if (char.IsLower(text[0])) return false;
        return EndsWithStop(text);
    }

    private static bool EndsWithStop(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd().TrimEnd("\"'\u2019\u201D)]");
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '\u2026';
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

    private static bool IsQuestion(Sentence sentence) => sentence.Text.AsSpan().TrimEnd().TrimEnd("\"'\u2019\u201D)]") is [.., '?'];

    private static bool IsQuote(string text) =>
        text[0] is '"' or '\u201C' || text[^1] is '"' or '\u201D' || text.EndsWith(" said.", StringComparison.Ordinal);
}
