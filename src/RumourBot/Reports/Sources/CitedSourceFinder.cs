using RumourBot.Reports.Clubs;
using RumourBot.Reports.People;
using RumourBot.Reports.Text;

namespace RumourBot.Reports.Sources;

/// <summary>
/// Reads which sources an article cites: the outlets our list knows, the names the citation cues mark that it does
/// not, the journalists, the wire agency and the publisher.
/// </summary>
internal sealed class CitedSourceFinder(ClubGazetteer clubs, SourceDirectory sources)
{
    /// <summary>
    /// The known outlets each sentence cites and the word runs that may be outlets our list lacks. <c>Taken</c> holds,
    /// per sentence, the words of clubs and outlets, which are no part of a person's name.
    /// </summary>
    public (Dictionary<int, HashSet<int>> Taken, List<(int Sentence, KnownSource Source)> Known, List<(int Sentence, int Word, int Count)> Unknown) FindMentions(AnalysedArticle article)
    {
        var sentences = article.Sentences;
        var taken = new Dictionary<int, HashSet<int>>();
        foreach (var mention in article.Clubs) Take(taken, mention.SentenceIndex, mention.WordIndex, mention.WordCount);
        var known = new List<(int Sentence, KnownSource Source)>();
        var unknown = new List<(int Sentence, int Word, int Count)>();
        foreach (var sentence in sentences)
        {
            var clubWords = taken.GetValueOrDefault(sentence.Index);
            // "told the Liverpool Echo": a run may start with a club's name, so long as it is more than the club.
            var runs = CitationReader.FindNames(sentence, null)
                .Where(r => !(r.Count == 1 && clubs.PlaceWords.Contains(sentence.Words[r.Start].Text)))
                .Where(r => clubWords is null || !Enumerable.Range(r.Start, r.Count).All(clubWords.Contains))
                .ToList();
            foreach (var match in sources.FindIn(sentence.Words))
            {
                // "AS Roma" is a club, not the newspaper AS.
                if (clubWords is not null && Enumerable.Range(match.WordIndex, match.WordCount).Any(clubWords.Contains)) continue;
                Take(taken, sentence.Index, match.WordIndex, match.WordCount);
                // "according to the Los Angeles Times" is not The Times.
                if (runs.Any(r => r.Start <= match.WordIndex && r.Start + r.Count >= match.EndWordIndex && r.Count > match.WordCount)) continue;
                // An outlet merely named ("published in The Sun", "By NewsChain Sport", "Sky Bet League One") is not a source.
                if (match.Value.Kind == SourceKind.Journalist || CitationReader.IsCited(sentence, match.WordIndex, match.WordCount)
                    || !CitationReader.IsMerelyNamed(sentence, match.WordIndex, match.WordCount)) known.Add((sentence.Index, match.Value));
                runs.RemoveAll(r => r.Start >= match.WordIndex && r.Start + r.Count <= match.EndWordIndex);
            }
            foreach (var (start, count) in runs)
            {
                unknown.Add((sentence.Index, start, count));
                // "Turkish outlets Haber Turk", "according to Radio Onda Cero": an outlet so cited is no person's name.
                if (CitationReader.HasCueBefore(sentence, start, count) && (CitationReader.IsOutletShaped(sentence, start, count) || CitationReader.FollowsMediaNoun(sentence, start)))
                    Take(taken, sentence.Index, start, count);
            }
        }
        return (taken, known, unknown);
    }

    public List<CitedSource> Cite(Report report, List<(int Sentence, KnownSource Source)> known, List<(int Sentence, int Word, int Count)> unknown, IReadOnlyList<Sentence> sentences, IReadOnlyList<Person> people, string? wireAgency, IReadOnlyList<Person>? subjects = null) =>
        CitedSources(report, known, CitedNames(sentences, unknown, people, subjects ?? []), people, wireAgency);

    private static void Take(Dictionary<int, HashSet<int>> taken, int sentence, int word, int count)
    {
        if (!taken.TryGetValue(sentence, out var set)) taken[sentence] = set = [];
        for (var i = word; i < word + count; i++) set.Add(i);
    }

    // Cited names our list does not know ("told the Rotherham Advertiser", "Sabah reported"), less the people the
    // article casts as players, managers or officials ("Warne said").
    // A name the person finder took for someone still counts when a cue before it cites it ("according to the Lance",
    // "told Radio Onda Cero") and the story never makes that someone a manager, an official or one of its movers.
    private static List<(int Sentence, string Name)> CitedNames(IReadOnlyList<Sentence> sentences, List<(int Sentence, int Word, int Count)> runs, IReadOnlyList<Person> people, IReadOnlyList<Person> subjects)
    {
        var cited = new List<(int, string)>();
        foreach (var (index, word, count) in runs)
        {
            var sentence = sentences[index];
            var citedBefore = CitationReader.HasCueBefore(sentence, word, count);
            bool IsNoSource(Person p) => p.Role != PersonRole.Journalist && (p.Role != PersonRole.Player || subjects.Contains(p) || !citedBefore);
            var speaker = people.FirstOrDefault(p => p.Mentions.Any(m => m.SentenceIndex == index && m.WordIndex < word + count && word < m.WordIndex + m.WordCount));
            if (speaker is not null && IsNoSource(speaker)) continue;
            var name = sentence.Text[sentence.Words[word].Start..sentence.Words[word + count - 1].End];
            if (people.Any(p => p.Mentions.Count > 0 && IsNoSource(p) && NameKey.Fold(p.FullName).EndsWith(NameKey.Fold(name), StringComparison.Ordinal))) continue;
            cited.Add((index, name));
        }
        return cited;
    }

    private List<CitedSource> CitedSources(Report report, List<(int Sentence, KnownSource Source)> known, List<(int Sentence, string Name)> unknown, IReadOnlyList<Person> people, string? wireAgency)
    {
        var cited = new List<CitedSource>();
        void Add(CitedSource source)
        {
            if (!cited.Any(c => string.Equals(c.Name, source.Name, StringComparison.OrdinalIgnoreCase))) cited.Add(source);
        }
        var journalists = people.Where(p => p.Role == PersonRole.Journalist).Select(p => (Sentence: p.Mentions[0].SentenceIndex, Name: p.FullName));
        foreach (var (_, name, isKnown) in known.Select(k => (k.Sentence, k.Source.Name, true))
                     .Concat(journalists.Select(j => (j.Sentence, j.Name, false)))
                     .Concat(unknown.Select(u => (u.Sentence, u.Name, false)))
                     .OrderBy(s => s.Item1))
        {
            Add(isKnown ? sources.Find(name)!.ToCited() : sources.Describe(name, people.Any(p => p.FullName == name) ? SourceKind.Journalist : SourceKind.Outlet));
        }
        if (wireAgency is not null) Add(sources.Describe(wireAgency, SourceKind.Outlet));
        if (!string.IsNullOrWhiteSpace(report.Outlet)) Add(sources.Describe(report.Outlet, SourceKind.Outlet));
        return cited;
    }
}
