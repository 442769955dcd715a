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
    public static List<Person> Rank(AnalysedArticle article, IReadOnlyList<Person> people)
    {
        var scored = new List<(Person Person, double Score, int First)>();
        var headlinePlayers = article.Sentences.Count > 0 && article.Sentences[0].IsHeadline
            ? people.Where(p => p.Role == PersonRole.Player).SelectMany(p => p.Mentions.Where(m => m.SentenceIndex == 0).Select(m => (Person: p, m.WordIndex))).OrderBy(x => x.WordIndex).ToList()
            : [];
        var firstInHeadline = headlinePlayers.Select(x => x.Person).Distinct().Count() > 1 ? headlinePlayers[0].Person : null;
        foreach (var person in people.Where(p => p.Role == PersonRole.Player))
        {
            double score = -3 * person.ContextMentions;
            var evidence = false;
            foreach (var index in person.SentenceIndexes)
            {
                var sentence = article.Sentences[index];
                var cue = article.TransferWordsIn(index).Count > 0;
                score += 1 + (cue ? 2 : 0) + (article.ClubsIn(index).Count > 0 ? 1 : 0) + (sentence.IsHeadline ? 3 : 0);
            }
            foreach (var mention in person.Mentions)
            {
                if (MoveSides.OwningClub(article, mention) is not null) score += 2;
                // "Philippe Coutinho's agent", "the player's representatives": the story is about his move.
                if (HasAgentAfter(article.Sentences[mention.SentenceIndex], mention)) score += 3;
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
            if (evidence && score >= 4) scored.Add((person, score, person.Mentions.Min(m => m.SentenceIndex)));
        }
        return scored.OrderByDescending(s => s.Score).ThenBy(s => s.First).Select(s => s.Person).ToList();
    }

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
                current = here.OrderBy(s => s.Mentions.Where(m => m.SentenceIndex == sentence.Index).Max(m => m.WordIndex)).Last();
            }
            else if ((current ?? subjects.FirstOrDefault()) is { } owner)
            {
                assigned[owner].Add((sentence, false));
            }
        }
        return assigned;
    }

    // Sentences naming another player who is news in his own right: their clubs may be his.
    public static HashSet<int> OthersNamed(IReadOnlyList<Person> people, Person subject) =>
        people.Where(p => p != subject && p.Role == PersonRole.Player && p.ContextMentions == 0).SelectMany(p => p.SentenceIndexes).ToHashSet();
}
