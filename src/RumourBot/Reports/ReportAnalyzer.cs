using System.Net;
using RumourBot.Reports.Clubs;
using RumourBot.Reports.Moves;
using RumourBot.Reports.People;
using RumourBot.Reports.Sources;
using RumourBot.Reports.Text;

namespace RumourBot.Reports;

/// <summary>
/// Turns a report into its moves, cited sources and summary. Pure: no I/O, no clock, safe to share between threads.
/// </summary>
public sealed class ReportAnalyzer(ClubGazetteer clubs, SourceDirectory sources)
{
    /// <summary>Longer texts are analysed on their first part only: no article needs more, and it bounds the work.</summary>
    public const int MaxAnalysedCharacters = 100_000;

    private const int MaxMoves = 6;

    private readonly CitedSourceFinder _citations = new(clubs, sources);

    public static ReportAnalyzer Default { get; } = new(ClubGazetteer.Default, SourceDirectory.Default);

    public ReportAnalysis Analyze(Report report)
    {
        var text = ArticleCleaner.Clean(report.Text);
        if (text.Length > MaxAnalysedCharacters) text = text[..MaxAnalysedCharacters];
        var sentences = SplitWithHeadline(ArticleCleaner.RestoreLostApostrophes(WebUtility.HtmlDecode(report.Title)), text);
        var sourcesNamed = _citations.MatchSources(sentences);
        var article = new AnalysedArticle(sentences, People.SurnameClubs.Drop(sentences, CitedSourceFinder.WithoutOutletNames(sourcesNamed, clubs.FindMentions(sentences))))
        {
            CountryMoves = CountryMoves.Find(sentences, clubs),
        };

        var (taken, known, unknown, outlets) = _citations.FindMentions(article, sourcesNamed);
        var people = PersonFinder.Find(sentences, taken, clubs.PlaceWords, outlets, word => clubs.Find(word) is not null, clubs.CityWords,
            city => article.Clubs.Any(m => m.Candidates.Any(c => c.City?.Trim() == city)));
        var subjects = MoveSubjects.Rank(article, people, known.Select(k => k.Sentence).Concat(unknown.Select(u => u.Sentence)).ToHashSet());
        var assigned = MoveSubjects.AssignSentences(article, subjects);
        // Each move is published as a rumour of its own: after the first one found, a side mention needs news of its own,
        // told of someone the story shows to be a player. That cheap check comes first, so no move is built in vain.
        var moves = new List<Move>();
        foreach (var subject in subjects.Take(MaxMoves))
        {
            if (moves.Count > 0 && !MoverEvidence.DescribesAsPlayer(article, subject)) continue;
            var move = MoveBuilder.Build(article, subject, assigned[subject], subjects[0], MoveSubjects.OthersNamed(people, subject), people);
            if (move is null || moves.Count > 0 && !IsNewsOfItsOwn(move)) continue;
            moves.Add(move);
        }

        var cited = _citations.Cite(report, known, unknown, sentences, people, ArticleCleaner.FindWireAgency(text), subjects);
        var main = subjects.Count > 0 ? assigned[subjects[0]] : [];
        var summary = Summarizer.Summarize(article, main);
        return new ReportAnalysis(report.Title, summary, cited, moves);
    }

    // A status, and both ends of the move unless a bid is on the table.
    private static bool IsNewsOfItsOwn(Move move) =>
        move.Status != MoveStatus.Unknown && (move.Status >= MoveStatus.Bid || (move.FromClub is not null && move.ToClubs.Count > 0));

    private static List<Sentence> SplitWithHeadline(string title, string text)
    {
        var sentences = new List<Sentence>();
        if (!string.IsNullOrWhiteSpace(title))
        {
            var headline = title.Trim();
            sentences.Add(new Sentence(0, headline, 0, WordSplitter.Split(headline)) { IsHeadline = true });
        }
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            // Many pages repeat the headline in the text: count it once, as the headline.
            // Compared as spans: trimming the strings would copy every sentence that ends in a full stop.
            if (sentences.Count > 0 && sentences[0].IsHeadline && sentence.Text.AsSpan().TrimEnd('.').Equals(sentences[0].Text.AsSpan().TrimEnd('.'), StringComparison.OrdinalIgnoreCase)) continue;
            sentences.Add(sentence with { Index = sentences.Count });
        }
        return sentences;
    }
}
