using RumourBot.Reports.People;
using RumourBot.Reports.Text;

namespace RumourBot.Reports.Moves;

/// <summary>
/// The players whose moves the story is about, most central first, and which of the article's sentences speak of
/// each of them.
/// </summary>
internal static class MoveSubjects
{
    // Players who are the subject of a move, most central first. Managers, officials, journalists and players
    // named only as context ("Carvajal's injury", "his deputy, Lucas Vazquez") drop out here.
    /// <param name="citedSentences">Sentences that cite a source ("A report from the Daily Mail claims…"): the news.</param>
    public static List<Person> Rank(AnalysedArticle article, IReadOnlyList<Person> people, IReadOnlySet<int>? citedSentences = null)
    {
        var scored = new List<(Person Person, double Score, int First)>();
        // "Keller: Varga will not be sold", "Barcelona have no Bartra clause - Watzke": the headline's speaker tells its
        // story; he is not what it is about.
        var headlinePlayers = article.Sentences.Count > 0 && article.Sentences[0].IsHeadline
            ? people.Where(p => p.Role == PersonRole.Player).SelectMany(p => p.Mentions.Where(m => m.SentenceIndex == 0 && !SpeaksIn(article.Sentences[0], m)).Select(m => (Person: p, m.WordIndex))).OrderBy(x => x.WordIndex).ToList()
            : [];
        var inHeadline = headlinePlayers.Select(x => x.Person).ToHashSet();
        var firstInHeadline = headlinePlayers.Select(x => x.Person).Distinct().Count() > 1 ? headlinePlayers[0].Person : null;
        // A headline that names no player ("Bayern rejected a very high offer from Manchester United") points at him
        // another way: the lede names him, or a sentence tells the headline's news again in its words.
        var lede = -1;
        HashSet<int> echoes = [];
        if (headlinePlayers.Count == 0 && article.Sentences.Count > 1 && article.Sentences[0].IsHeadline)
        {
            lede = 1;
            echoes = EchoesOfHeadline(article);
        }
        var named = new HashSet<int>();
        foreach (var person in people)
        {
            if (person.Role != PersonRole.Player) continue;
            foreach (var mention in person.Mentions) named.Add(mention.SentenceIndex);
        }
        foreach (var person in people.Where(p => p.Role == PersonRole.Player))
        {
            double score = -3 * person.ContextMentions;
            // Bonuses that only order the story's movers (the lede, the headline's echo, a cited sentence), never make one.
            double order = 0;
            var evidence = false;
            foreach (var index in person.SentenceIndexes)
            {
                var sentence = article.Sentences[index];
                var cue = article.TransferWordsIn(index).Count > 0;
                score += 1 + (cue ? 2 : 0) + (article.ClubsIn(index).Count > 0 ? 1 : 0) + (sentence.IsHeadline && inHeadline.Contains(person) ? 3 : 0);
                if (index == lede) order += 5;
                if (citedSentences?.Contains(index) == true && !sentence.IsHeadline) order += 2;
                if (echoes.Contains(index)) order += 3;
                // Under a headline naming no player, "The 22-year-old will arrive in Marseille…" after "Montpellier's Morgan
                // Sanson…": the next sentence, naming no one, goes on about him.
                if (headlinePlayers.Count == 0 && index + 1 < article.Sentences.Count && !named.Contains(index + 1) && RefersBack(article.Sentences[index + 1])
                    && article.TransferWordsIn(index + 1).Count > 0 && article.ClubsIn(index + 1).Count > 0)
                {
                    score += 2;
                    evidence = true;
                }
            }
            foreach (var mention in person.Mentions)
            {
                if (MoveSides.OwningClub(article, mention) is not null) score += 2;
                // "Philippe Coutinho's agent", "the player's representatives": the story is about his move.
                if (HasAgentAfter(article.Sentences[mention.SentenceIndex], mention)) score += 3;
                // "the collapse of Pedro Obiang's transfer": his move is the story's.
                if (HasMoveAfter(article.Sentences[mention.SentenceIndex], mention)) score += 3;
                // "preparing a bid for Norwegian midfielder Stefan Johansen": a man the transfer talk describes as a player.
                if (mention.WordIndex > 0 && PlayerNouns.Contains(article.Sentences[mention.SentenceIndex].LowerWords[mention.WordIndex - 1])
                    && article.TransferWordsIn(mention.SentenceIndex).Count > 0) score += 1;
                if (article.NamesAlternatives(mention.SentenceIndex)) score -= 3;
                evidence |= IsNearTransferTalk(article, mention);
            }
            // A player the article keeps coming back to needs only transfer talk somewhere near his name's sentences.
            evidence |= score >= 8 && article.Clubs.Count > 0 && person.SentenceIndexes.Any(i => article.TransferWordsIn(i).Count > 0);
            // "the saga that saw Tevez sign for West Ham in 2006" under a headline about Coutinho: a player met only in the
            // story's past is context.
            if (headlinePlayers.Count > 0 && person.SentenceIndexes.All(i => !article.Sentences[i].IsHeadline && article.IsBackground(i))) score -= 4;
            // "Sunderland talks with Alan Browne and Oliver Norwood": of players a headline names together, the first leads.
            if (firstInHeadline == person) score += 2;
            if (evidence && score >= 4) scored.Add((person, score + order, person.Mentions.Min(m => m.SentenceIndex)));
        }
        // "Talks held: Italian giants ready to offer Chelsea a €3m loan fee for ace" over the one player the text names, once
        // and beside a club: a headline telling a move without a name points at the only player there is, or at the only
        // one a lede telling a move names ("ready to launch a bid to secure ... River Plate forward Sebastian Driussi" above
        // a later "the pressure on Harry Kane").
        if (scored.Count == 0 && lede > 0 && article.TransferWordsIn(0).Count > 0 && article.ClubsIn(0).Count > 0 && OnlyPlayerPointedAt(article, people, lede) is { } only)
            scored.Add((only, 0, only.Mentions.Min(m => m.SentenceIndex)));
        return scored.OrderByDescending(s => s.Score).ThenBy(s => s.First).Select(s => s.Person).ToList();
    }

    // A name that opens the headline before a colon, or closes it after a dash.
    private static bool SpeaksIn(Sentence headline, PersonMention mention)
    {
        var text = headline.Text;
        var end = mention.WordIndex + mention.WordCount;
        if (mention.WordIndex == 0) return end < headline.Words.Count && text.AsSpan(headline.Words[end - 1].End).TrimStart().StartsWith(":");
        return end == headline.Words.Count && text.AsSpan(headline.Words[mention.WordIndex - 1].End, headline.Words[mention.WordIndex].Start - headline.Words[mention.WordIndex - 1].End)
            .IndexOfAny("-\u2013\u2014") >= 0;
    }

    // "The 22-year-old will arrive…", "He has…", "The midfielder…": a sentence opening on the one just named.
    private static bool RefersBack(Sentence sentence)
    {
        var words = sentence.LowerWords;
        if (words.Length < 2) return false;
        if (words[0] is "he" or "his") return true;
        return words[0] == "the" && (words[1].EndsWith("-year-old", StringComparison.Ordinal) || PlayerNouns.Contains(words[1]));
    }

    private static readonly HashSet<string> PlayerNouns = new(StringComparer.Ordinal)
    {
        "player", "midfielder", "striker", "forward", "defender", "winger", "goalkeeper", "keeper", "full-back", "centre-back",
        "center-back", "youngster", "teenager", "star", "attacker", "playmaker", "international", "frenchman", "spaniard",
        "brazilian", "argentine", "englishman", "dutchman", "portuguese", "italian", "german",
    };

    private static bool HasMoveAfter(Sentence sentence, PersonMention mention)
    {
        var last = mention.WordIndex + mention.WordCount - 1;
        return sentence.Words[last].IsPossessive && last + 1 < sentence.Words.Count
            && sentence.LowerWords[last + 1] is "transfer" or "move" or "switch" or "signing" or "departure" or "exit" or "sale" or "loan" or "future" or "arrival";
    }

    // Body sentences that share two or more of the headline's own words (not its names, not small words).
    private static HashSet<int> EchoesOfHeadline(AnalysedArticle article)
    {
        var headline = article.Sentences[0];
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < headline.Words.Count; i++)
        {
            var word = headline.LowerWords[i];
            if (word.Length >= 4 && !headline.Words[i].IsCapitalised && !EchoStopWords.Contains(word)) words.Add(word);
        }
        var echoes = new HashSet<int>();
        if (words.Count < 2) return echoes;
        var shared = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 1; index < article.Sentences.Count; index++)
        {
            var sentence = article.Sentences[index];
            if (string.Equals(sentence.Text, headline.Text, StringComparison.OrdinalIgnoreCase)) continue;
            shared.Clear();
            foreach (var word in sentence.LowerWords)
            {
                if (words.Contains(word)) shared.Add(word);
            }
            if (shared.Count >= 2) echoes.Add(index);
        }
        return echoes;
    }

    private static readonly HashSet<string> EchoStopWords = new(StringComparer.Ordinal)
    {
        "from", "with", "that", "this", "have", "has", "will", "would", "could", "after", "over", "into", "about", "their",
        "they", "what", "when", "than", "them", "were", "been", "being", "just", "more", "most", "some", "club", "clubs",
        "transfer", "deal", "move", "reports", "report", "news", "says", "said",
    };

    private static bool HasAgentAfter(Sentence sentence, PersonMention mention)
    {
        var last = mention.WordIndex + mention.WordCount - 1;
        return sentence.Words[last].IsPossessive && last + 1 < sentence.Words.Count
            && sentence.LowerWords[last + 1] is "agent" or "representative" or "representatives" or "camp" or "entourage" or "advisor" or "adviser" or "lawyer" or "father";
    }

    // A transfer word within a few words of the name, and a club in the same or the next sentence.
    private static bool IsNearTransferTalk(AnalysedArticle article, PersonMention mention)
    {
        var index = mention.SentenceIndex;
        if (article.ClubsIn(index).Count == 0 && article.ClubsIn(index + 1).Count == 0) return false;
        var sentence = article.Sentences[index];
        var at = sentence.Words[mention.WordIndex].Start;
        return article.TransferWordsIn(index).Any(cue => Math.Abs(cue - at) <= NearTransferTalkCharacters);
    }

    private const int NearTransferTalkCharacters = 80;

    // Each sentence belongs to the subjects it names; one that names none belongs to the last subject named
    // (so "the 26-year-old" and "he" follow the story), or to the main subject before any is named.
    public static Dictionary<Person, List<(Sentence Sentence, bool Named)>> AssignSentences(AnalysedArticle article, List<Person> subjects)
    {
        var assigned = subjects.ToDictionary(s => s, _ => new List<(Sentence, bool)>());
        var named = new Dictionary<int, List<Person>>();
        foreach (var subject in subjects)
        {
            foreach (var index in subject.SentenceIndexes)
            {
                if (!named.TryGetValue(index, out var list)) named[index] = list = [];
                list.Add(subject);
            }
        }
        Person? current = null;
        foreach (var sentence in article.Sentences)
        {
            if (named.TryGetValue(sentence.Index, out var here))
            {
                foreach (var subject in here) assigned[subject].Add((sentence, true));
                // "The 27-year-old has moved to Hillsborough on loan, with Sam Winnall moving the other way": the sentence
                // opens on the player the story is about, as good as naming him; the one it names later is beside him.
                if (current is not null && !here.Contains(current) && RefersBack(sentence)
                    && here.All(s => s.Mentions.Where(m => m.SentenceIndex == sentence.Index).Min(m => m.WordIndex) > NamedInTheOpening))
                {
                    assigned[current].Add((sentence, true));
                    continue;
                }
                // "The Ivorian defender will leave Manchester United after becoming a discarded choice for Erik ten Hag":
                // a sentence opening with a player described goes on about the story's player too.
                if ((current ?? subjects.FirstOrDefault()) is { } described && !here.Contains(described) && MoveSides.OpensWithHisDescription(sentence)) assigned[described].Add((sentence, false));
                // The story goes on with the last player it named, unless he was named only as context ("with Ekitike
                // thrown into the mix").
                var movers = here.Where(s => !s.ContextSentences.Contains(sentence.Index)).ToList();
                if (movers.Count > 0 || current is null) current = (movers.Count > 0 ? movers : here).OrderBy(s => s.Mentions.Where(m => m.SentenceIndex == sentence.Index).Max(m => m.WordIndex)).Last();
            }
            else if ((current ?? subjects.FirstOrDefault()) is { } owner)
            {
                assigned[owner].Add((sentence, DescribedByHisClub(article, sentence)));
            }
        }
        return assigned;
    }

    private static Person? OnlyPlayerPointedAt(AnalysedArticle article, IReadOnlyList<Person> people, int lede)
    {
        var players = people.Where(p => p.Role == PersonRole.Player).ToList();
        if (players is [var one] && one.SentenceIndexes.Any(i => article.ClubsIn(i).Count > 0)) return one;
        if (article.TransferWordsIn(lede).Count == 0 || article.ClubsIn(lede).Count == 0) return null;
        return players.Where(p => p.SentenceIndexes.Contains(lede) && !p.ContextSentences.Contains(lede)).ToList() is [var inLede] ? inLede : null;
    }

    // "…, with the Tottenham Hotspur misfit looking likely to head to Goodison Park": a sentence naming no one that calls
    // a player by his club and what he is ("the Tottenham Hotspur misfit", not "the Chelsea midfielder Mason Mount") in
    // a later clause says as much of the story's player as his name would. (A sentence opening so, "The St Mirren winger
    // signed ... but will return to the Buddies on loan", goes on about him as it does after his name: read lightly.)
    private static bool DescribedByHisClub(AnalysedArticle article, Sentence sentence)
    {
        var words = sentence.LowerWords;
        foreach (var club in article.ClubsIn(sentence.Index))
        {
            var after = club.EndWordIndex;
            if (club.WordIndex >= 2 && words[club.WordIndex - 1] == "the" && after < words.Length && MoveSides.IsPositionWord(words[after])
                && (after + 1 == words.Length || !sentence.Words[after + 1].IsCapitalised)) return true;
        }
        return false;
    }

    // "The Brazilian midfielder Gabriel Sara…": a name this early is the opening's own.
    private const int NamedInTheOpening = 4;

    // Sentences naming another player who is news in his own right: their clubs may be his.
    public static HashSet<int> OthersNamed(IReadOnlyList<Person> people, Person subject) =>
        people.Where(p => p != subject && p.Role == PersonRole.Player && p.ContextMentions == 0).SelectMany(p => p.SentenceIndexes).ToHashSet();
}
