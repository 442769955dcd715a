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
    /// The known sources named in each sentence, by sentence index: found once, then read both to keep outlets' names
    /// out of the clubs and to tell which sources are cited.
    /// </summary>
    public PhraseMatch<KnownSource>[][] MatchSources(IReadOnlyList<Sentence> sentences)
    {
        var matches = new PhraseMatch<KnownSource>[sentences.Count][];
        for (var i = 0; i < matches.Length; i++)
        {
            List<PhraseMatch<KnownSource>>? found = null;
            foreach (var match in sources.FindIn(sentences[i].Words)) (found ??= []).Add(match);
            matches[i] = found is null ? [] : [.. found];
        }
        return matches;
    }

    /// <summary>
    /// The club mentions less those inside a known outlet's longer name: "according to the Birmingham Mail", "told the
    /// Liverpool Echo" name a newspaper, not a club.
    /// </summary>
    public static IReadOnlyList<ClubMention> WithoutOutletNames(PhraseMatch<KnownSource>[][] sourcesNamed, IReadOnlyList<ClubMention> mentions)
    {
        List<ClubMention>? inOutlets = null;
        foreach (var group in mentions.GroupBy(m => m.SentenceIndex))
        {
            foreach (var match in sourcesNamed[group.Key])
            {
                if (match.Value.Kind != SourceKind.Outlet) continue;
                foreach (var mention in group)
                {
                    if (mention.WordIndex >= match.WordIndex && mention.EndWordIndex <= match.EndWordIndex && match.WordCount > mention.WordCount) (inOutlets ??= []).Add(mention);
                }
            }
        }
        return inOutlets is null ? mentions : mentions.Except(inOutlets).ToList();
    }

    /// <summary>
    /// The known outlets each sentence cites and the word runs that may be outlets our list lacks. <c>Taken</c> holds,
    /// per sentence, the words of clubs and outlets, which are no part of a person's name.
    /// </summary>
    /// <c>Outlets</c> holds, per sentence, the words of outlets, known or so named ("Turkish broadcaster TRT"), so that
    /// "The Telegraph's John Percy" and "TRT's Barış Yurduseven" read as their reporters.
    public (Dictionary<int, HashSet<int>> Taken, List<(int Sentence, KnownSource Source)> Known, List<(int Sentence, int Word, int Count)> Unknown, Dictionary<int, HashSet<int>> Outlets) FindMentions(AnalysedArticle article, PhraseMatch<KnownSource>[][] sourcesNamed)
    {
        var sentences = article.Sentences;
        var taken = new Dictionary<int, HashSet<int>>();
        var outlets = new Dictionary<int, HashSet<int>>();
        // The clubs' names run together, for their own websites ("www.leedsunited.com").
        var clubKeys = article.Clubs.SelectMany(c => c.Candidates.Take(1)).Select(c => NameKey.Fold(c.Name).Replace(" ", "", StringComparison.Ordinal))
            .Where(k => k.Length >= 4).Distinct().ToList();
        foreach (var mention in article.Clubs) Take(taken, mention.SentenceIndex, mention.WordIndex, mention.WordCount);
        var known = new List<(int Sentence, KnownSource Source)>();
        var unknown = new List<(int Sentence, int Word, int Count)>();
        foreach (var sentence in sentences)
        {
            var clubWords = taken.GetValueOrDefault(sentence.Index);
            var runs = new List<(int Start, int Count)>();
            foreach (var run in CitationReader.FindNames(sentence, null))
            {
                if (MayBeSource(sentence, run.Start, run.Count, clubWords, clubKeys)) runs.Add(run);
            }
            for (var i = 1; i < sentence.Words.Count; i++)
            {
                if (sentence.Words[i].IsPossessive && sentence.Words[i].IsCapitalised && CitationReader.FollowsMediaNoun(sentence, i)) Take(outlets, sentence.Index, i, 1);
            }
            foreach (var match in sourcesNamed[sentence.Index])
            {
                // "AS Roma" is a club, not the newspaper AS; "Estadio Deportivo" is a newspaper, though "Deportivo" is a club.
                // "The Athletic Club wishes to report": a club's name that runs on past the outlet's is the club.
                if (clubWords is not null && (clubWords.Contains(match.WordIndex) || clubWords.Contains(match.EndWordIndex - 1) && clubWords.Contains(match.EndWordIndex))) continue;
                Take(taken, sentence.Index, match.WordIndex, match.WordCount);
                if (match.Value.Kind == SourceKind.Outlet) Take(outlets, sentence.Index, match.WordIndex, match.WordCount);
                // "according to the Los Angeles Times" is not The Times.
                if (runs.Any(r => r.Start <= match.WordIndex && r.Start + r.Count >= match.EndWordIndex && r.Count > match.WordCount)) continue;
                // An outlet merely named ("published in The Sun", "By NewsChain Sport", "Sky Bet League One") is not a source.
                // "Smash Club's Transfer Record for Defender Deal": mid-way through a title-case headline, a one-word outlet
                // ("Record", "Sport") may be an everyday word; there it needs a cue.
                // "played 90 min": a name opening with a figure may be everyday words too.
                var everyWordCapitalised = (match.WordCount == 1 && match.WordIndex > 0 && sentence.IsHeadline && NameCandidates.IsTitleCase(sentence))
                    || char.IsAsciiDigit(sentence.Words[match.WordIndex].Text[0]);
                if (match.Value.Kind == SourceKind.Journalist
                    || (!CitationReader.ContinuesIntoLongerName(sentence, match.WordIndex, match.WordCount)
                        && (CitationReader.IsCited(sentence, match.WordIndex, match.WordCount) || (!everyWordCapitalised && !CitationReader.IsMerelyNamed(sentence, match.WordIndex, match.WordCount)))))
                    known.Add((sentence.Index, match.Value));
                runs.RemoveAll(r => r.Start >= match.WordIndex && r.Start + r.Count <= match.EndWordIndex);
            }
            if (sentence.IsHeadline && HeadlineTag(sentence, known) is { } tag)
            {
                unknown.Add((sentence.Index, tag.Start, tag.Count));
                runs.RemoveAll(r => r.Start >= tag.Start);
            }
            // "City Dealt Setback As Journalist Makes Shock Claim About Target's Clause": a title-case headline capitalises
            // every word, so its runs are no outlet's name unless the directory knows them.
            if (sentence.IsHeadline && NameCandidates.IsTitleCase(sentence)) runs.Clear();
            foreach (var (start, count) in runs)
            {
                unknown.Add((sentence.Index, start, count));
                // "Turkish outlets Haber Turk", "according to Radio Onda Cero": an outlet so cited is no person's name.
                if (CitationReader.IsOutletShaped(sentence, start, count) || (CitationReader.HasCueBefore(sentence, start, count) && CitationReader.FollowsMediaNoun(sentence, start)))
                {
                    Take(taken, sentence.Index, start, count);
                    Take(outlets, sentence.Index, start, count);
                }
            }
        }
        return (taken, known, unknown, outlets);
    }

    // A cited name that is not a place, nor only a club's name ("told the Liverpool Echo": a run may start with a club's
    // name, so long as it is more than the club), nor the club's own voice ("Cahill told Chelsea TV", "(Benfica SAD)
    // reports", "told www.leedsunited.com").
    private bool MayBeSource(Sentence sentence, int start, int count, HashSet<int>? clubWords, List<string> clubKeys)
    {
        if (count == 1 && clubs.PlaceWords.Contains(sentence.Words[start].Text)) return false;
        if (clubWords is not null && (AllTaken(clubWords, start, WithoutClubSuffix(sentence, start, count)) || CitationReader.IsClubMedium(sentence, start, count, clubWords))) return false;
        return !(count == 1 && IsClubWebsite(sentence.Words[start].Text, clubKeys));
    }

    // "— Olympiacos FC (@olympiacos_org)": a club's name with the letters it signs with is still the club.
    private static int WithoutClubSuffix(Sentence sentence, int start, int count) =>
        count > 1 && sentence.Words[start + count - 1].Text is "FC" or "CF" or "SC" or "AFC" or "F.C." ? count - 1 : count;

    private static bool AllTaken(HashSet<int> taken, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (!taken.Contains(i)) return false;
        }
        return true;
    }

    // "James Rodriguez signs for Olympiacos - AS USA": a headline kept with the tag of the outlet it was taken from, a
    // known outlet's name (or a desk of it) after the last dash or bar.
    private (int Start, int Count)? HeadlineTag(Sentence sentence, List<(int Sentence, KnownSource Source)> known)
    {
        var words = sentence.Words;
        var text = sentence.Text;
        var bar = Math.Max(Math.Max(text.LastIndexOf(" - ", StringComparison.Ordinal), text.LastIndexOf(" | ", StringComparison.Ordinal)),
            Math.Max(text.LastIndexOf(" \u2013 ", StringComparison.Ordinal), text.LastIndexOf(" \u2014 ", StringComparison.Ordinal)));
        if (bar < 0) return null;
        var start = 0;
        while (start < words.Count && words[start].Start < bar) start++;
        var count = words.Count - start;
        if (start == 0 || count is < 1 or > 4 || !words.Skip(start).All(w => w.IsCapitalised)) return null;
        var match = sources.FindIn(words).FirstOrDefault(m => m.WordIndex == start);
        if (match.Value is null || match.Value.Kind != SourceKind.Outlet) return null;
        known.RemoveAll(k => k.Sentence == sentence.Index && k.Source == match.Value);
        return (start, count);
    }

    // "www.leedsunited.com", "chelseafc.com": the site's own name is the club's (not "calcionapoli24.it", a fans' site).
    private static bool IsClubWebsite(string word, List<string> clubKeys)
    {
        if (!word.Contains('.', StringComparison.Ordinal)) return false;
        var host = NameKey.Fold(word);
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        var label = host.Split('.')[0];
        return clubKeys.Any(k => label == k || label == k + "fc" || label == "fc" + k);
    }

    public List<CitedSource> Cite(Report report, List<(int Sentence, KnownSource Source)> known, List<(int Sentence, int Word, int Count)> unknown, IReadOnlyList<Sentence> sentences, IReadOnlyList<Person> people, string? wireAgency, IReadOnlyList<Person>? subjects = null)
    {
        var names = CitedNames(sentences, unknown, people, subjects ?? [], report.Outlet);
        // "Milliyet claims Super Lig outfit Trabzonspor are keen", "valued by the website transfermarkt.co.uk": a league
        // and a site of figures are named beside the news, never the ones who tell it.
        names.RemoveAll(n => clubs.CountriesNamed(n.Name).Count > 0 || IsFiguresSite(n.Name));
        return CitedSources(report, known, names, people, wireAgency);
    }

    private static bool IsFiguresSite(string name)
    {
        foreach (var site in FiguresSites)
        {
            if (name.StartsWith(site, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // Sites of market values, statistics and wages: what they publish is a figure, not a transfer story.
    private static readonly string[] FiguresSites = ["transfermarkt", "sofascore", "whoscored", "fbref", "capology", "spotrac", "soccerway"];

    private static void Take(Dictionary<int, HashSet<int>> taken, int sentence, int word, int count)
    {
        if (!taken.TryGetValue(sentence, out var set)) taken[sentence] = set = [];
        for (var i = word; i < word + count; i++) set.Add(i);
    }

    // Cited names our list does not know ("told the Rotherham Advertiser", "Sabah reported"), less the people the
    // article casts as players, managers or officials ("Warne said").
    // A name the person finder took for someone still counts when a cue before it cites it ("according to the Lance",
    // "told Radio Onda Cero") and the story never makes that someone a manager, an official or one of its movers.
    private static List<(int Sentence, string Name)> CitedNames(IReadOnlyList<Sentence> sentences, List<(int Sentence, int Word, int Count)> runs, IReadOnlyList<Person> people, IReadOnlyList<Person> subjects, string? publisher)
    {
        var cited = new List<(int, string)>();
        foreach (var (index, word, count) in runs)
        {
            var sentence = sentences[index];
            var citedBefore = CitationReader.HasCueBefore(sentence, word, count);
            bool IsNoSource(Person p) => p.Role != PersonRole.Journalist && (!citedBefore || p.Role != PersonRole.Player || subjects.Contains(p));
            var speaker = people.FirstOrDefault(p => p.Mentions.Any(m => m.SentenceIndex == index && m.WordIndex < word + count && word < m.WordIndex + m.WordCount));
            // A journalist's surname ("Daara also claims") is the journalist, listed under his full name.
            if (speaker is not null && (IsNoSource(speaker) || speaker.Role == PersonRole.Journalist)) continue;
            var end = sentence.Words[word + count - 1].End;
            // "Canal+", "Lance!": a plus sign or an exclamation mark right after a cited name is part of the brand.
            if (end < sentence.Text.Length && sentence.Text[end] is '+' or '!') end++;
            var name = CitationReader.ReporterNameBeforeGlue(sentence, word, count) ?? sentence.Text[sentence.Words[word].Start..end];
            if (people.Any(p => p.Mentions.Count > 0 && IsNoSource(p) && NameKey.Fold(p.FullName).EndsWith(NameKey.Fold(name), StringComparison.Ordinal))) continue;
            if (IsPublishers(name, publisher)) continue;
            // "The EADT and Ipswich Star understands": what is named with the publisher's own name is the publisher's too.
            if (word >= 2 && sentence.LowerWords[word - 1] is "and" or "&" && PublisherBefore(sentence, word - 1, publisher)) continue;
            if (word + count + 1 < sentence.Words.Count && sentence.LowerWords[word + count] is "and" or "&" && PublisherAfter(sentence, word + count + 1, publisher)) continue;
            cited.Add((index, name));
        }
        return cited;
    }

    // The publisher's own name in another form: its initials ("EADT" for the East Anglian Daily Times, "AP" for the
    // Associated Press) or its brand with another desk ("BBC Scotland" in BBC Sport).
    private static bool IsPublishers(string name, string? publisher)
    {
        if (string.IsNullOrWhiteSpace(publisher)) return false;
        // "Daily Mail (Reuters)": the agency in brackets wrote the piece.
        var bracket = publisher.IndexOf('(', StringComparison.Ordinal);
        // "KSTP (Associated Press)" and its dateline's "(AP)": the agency by its initials is the same writer.
        if (bracket >= 0 && publisher.IndexOf(')', bracket) is var close && close > bracket
            && (string.Equals(publisher[(bracket + 1)..close].Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)
                || IsInitialsOf(name, publisher[(bracket + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries)))) return true;
        var own = publisher.Split('(')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (own.Length == 0) return false;
        if (IsInitialsOf(name, own)) return true;
        // "He told the Tele" in the Greenock Telegraph: the last word of its name, or that word cut short, is the paper itself.
        if (own.Length > 1 && !name.Contains(' ', StringComparison.Ordinal) && name.Length >= ShortestClippedName
            && own[^1].StartsWith(name, StringComparison.OrdinalIgnoreCase)) return true;
        var first = name.Split(' ')[0];
        return own.Length > 1 && name.Contains(' ', StringComparison.Ordinal) && first.Length >= 2 && first.All(char.IsUpper)
            && string.Equals(first, own[0], StringComparison.Ordinal);
    }

    private const int ShortestClippedName = 4;

    private static bool IsInitialsOf(string name, string[] words)
    {
        var initials = string.Concat(words.Where(w => char.IsUpper(w[0]) && w is not "The").Select(w => w[0]));
        return initials.Length >= 2 && string.Equals(name.Trim(), initials, StringComparison.Ordinal);
    }

    private static bool PublisherBefore(Sentence sentence, int and, string? publisher)
    {
        var start = and - 1;
        while (start > 0 && sentence.Words[start - 1].IsCapitalised && and - start < 5) start--;
        for (var s = start; s < and; s++)
        {
            if (IsPublishers(string.Join(' ', Enumerable.Range(s, and - s).Select(i => sentence.Words[i].Text)), publisher)) return true;
        }
        return false;
    }

    private static bool PublisherAfter(Sentence sentence, int from, string? publisher)
    {
        for (var end = from + 1; end <= Math.Min(sentence.Words.Count, from + 5) && sentence.Words[end - 1].IsCapitalised; end++)
        {
            if (IsPublishers(string.Join(' ', Enumerable.Range(from, end - from).Select(i => sentence.Words[i].Text)), publisher)) return true;
        }
        return false;
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
        if (wireAgency is not null && !IsPublishers(wireAgency, report.Outlet)) Add(sources.Describe(wireAgency, SourceKind.Outlet));
        if (!string.IsNullOrWhiteSpace(report.Outlet)) Add(sources.Describe(report.Outlet, SourceKind.Outlet));
        // "According to Romano" after "Fabrizio Romano has confirmed": a surname alone is the journalist named in full.
        cited.RemoveAll(c => !c.Name.Contains(' ', StringComparison.Ordinal)
            && cited.Any(o => o.Kind == SourceKind.Journalist && o.Name.Contains(' ', StringComparison.Ordinal) && o.Name.EndsWith(" " + c.Name, StringComparison.OrdinalIgnoreCase)));
        // "confirmed to Voetbal International… confirmed to VI": an outlet our list lacks, by the initials of one cited in full, is that outlet.
        cited.RemoveAll(c => c.Tier is null && cited.Any(o => o != c && o.Name.Contains(' ', StringComparison.Ordinal) && IsInitialsOf(c.Name, o.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
        return cited;
    }
}
