using RumourBot.Reports.People;
using RumourBot.Reports.Text;

namespace RumourBot.Reports.Moves;

/// <summary>
/// Whether the story shows a named person to be a player who moves, not only someone near the transfer talk: a side
/// move is published as a rumour of its own, so "Jose Mourinho", "Istanbul" or "Rumours" must not become one.
/// </summary>
internal static class MoverEvidence
{
    /// <summary>
    /// True when some mention describes him as a player ("Chelsea midfielder X", "X, 24,", "the Ghana international X")
    /// or tells a move of his ("signed X", "X joined", "a bid for X", "X's transfer", "Celtic's X").
    /// </summary>
    public static bool DescribesAsPlayer(AnalysedArticle article, Person person)
    {
        foreach (var mention in person.Mentions)
        {
            var sentence = article.Sentences[mention.SentenceIndex];
            if (PlayerWordBefore(sentence, mention.WordIndex) || PlayerWordAfter(sentence, mention) || YoungAgeAfter(sentence, mention)
                || MoveVerbBefore(sentence, ListStart(sentence, mention.WordIndex)) || MoveVerbAfter(sentence, mention) || HisMoveAfter(sentence, mention)
                || MoveSides.OwningClub(article, mention) is not null || ClubLeftAfter(article, mention)) return true;
        }
        return false;
    }

    // "midfielder X", "Chelsea winger X", "the Ghana international X": a player noun within the three words before
    // his name, with no role word of another kind between ("Chelsea manager X" is not).
    private static bool PlayerWordBefore(Sentence sentence, int at)
    {
        for (var i = at - 1; i >= Math.Max(0, at - 3); i--)
        {
            var word = sentence.LowerWords[i];
            if (PlayerNouns.Contains(word)) return true;
            // "a top target for Jose Mourinho": a preposition ends the description; the noun before it is another's.
            if (NotPlayerNouns.Contains(word) || Prepositions.Contains(word) || sentence.Words[i].IsPossessive && i != at - 1) return false;
        }
        return false;
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "for", "by", "of", "with", "to", "under", "from", "at", "in" };

    // "X, the Chelsea midfielder,", "X, a 24-year-old striker": an apposition naming what he plays.
    private static bool PlayerWordAfter(Sentence sentence, PersonMention mention)
    {
        var end = mention.WordIndex + mention.WordCount;
        if (end >= sentence.Words.Count || !CommaBetween(sentence, end - 1, end)) return false;
        for (var i = end; i < Math.Min(sentence.Words.Count, end + 5); i++)
        {
            var word = sentence.LowerWords[i];
            if (PlayerNouns.Contains(word) || word.EndsWith("-year-old", StringComparison.Ordinal) && YoungAge(word)) return true;
            if (NotPlayerNouns.Contains(word)) return false;
        }
        return false;
    }

    // "X, 24, has…" or "X (24)": an age a player still has; "Mourinho, 54," is not one.
    private static bool YoungAgeAfter(Sentence sentence, PersonMention mention)
    {
        var end = mention.WordIndex + mention.WordCount;
        if (end >= sentence.Words.Count) return false;
        return Between(sentence, end - 1, end) is "," or "(" && int.TryParse(sentence.Words[end].Text, out var age) && age is >= 15 and < 40;
    }

    private static bool YoungAge(string yearOld) =>
        int.TryParse(yearOld.AsSpan(0, yearOld.IndexOf('-')), out var age) && age is >= 15 and < 40;

    // "have signed Idah, Bernardo and Schmeichel": the verb before a list of names is each one's.
    private static int ListStart(Sentence sentence, int at)
    {
        var start = at;
        for (var i = at - 1; i >= Math.Max(0, at - 12); i--)
        {
            if (sentence.Words[i].IsCapitalised && !sentence.Words[i].IsPossessive) start = i;
            else if (sentence.LowerWords[i] != "and") break;
        }
        return start;
    }

    // "Dutchman Sam Lammers from Atalanta", "Gustavo Henrique from Santos": a club he comes from, named right after him.
    private static bool ClubLeftAfter(AnalysedArticle article, PersonMention mention)
    {
        var from = mention.WordIndex + mention.WordCount;
        var sentence = article.Sentences[mention.SentenceIndex];
        return from + 1 < sentence.Words.Count && sentence.LowerWords[from] == "from" && article.ClubsIn(mention.SentenceIndex).Any(c => c.WordIndex == from + 1);
    }

    // "signed X", "bid for X", "the signing of X", "a move for X": he is the one moved.
    private static bool MoveVerbBefore(Sentence sentence, int at)
    {
        if (at == 0) return false;
        var previous = sentence.LowerWords[at - 1];
        if (MovedWords.Contains(previous)) return true;
        return at >= 2 && previous is "for" or "of" or "in" && MoveNouns.Contains(sentence.LowerWords[at - 2]);
    }

    // "X joined", "X has signed for", "X has agreed to join": he is the one moving ("X has agreed to wait" is not).
    private static bool MoveVerbAfter(Sentence sentence, PersonMention mention)
    {
        var i = mention.WordIndex + mention.WordCount;
        if (sentence.Words[i - 1].IsPossessive) return false;
        while (i < sentence.Words.Count && i - (mention.WordIndex + mention.WordCount) < 3 && Auxiliaries.Contains(sentence.LowerWords[i])) i++;
        return i < sentence.Words.Count && MovingWords.Contains(sentence.LowerWords[i]);
    }

    // "X's transfer", "X's move to Roma", "X's agent".
    private static bool HisMoveAfter(Sentence sentence, PersonMention mention)
    {
        var last = mention.WordIndex + mention.WordCount - 1;
        return sentence.Words[last].IsPossessive && last + 1 < sentence.Words.Count && HisMoveNouns.Contains(sentence.LowerWords[last + 1]);
    }

    private static bool CommaBetween(Sentence sentence, int left, int right) => Between(sentence, left, right) is ",";

    // The punctuation between two neighbouring words, spaces trimmed.
    private static ReadOnlySpan<char> Between(Sentence sentence, int left, int right) =>
        sentence.Text.AsSpan(sentence.Words[left].End, sentence.Words[right].Start - sentence.Words[left].End).Trim();

    private static readonly HashSet<string> PlayerNouns = new(StringComparer.Ordinal)
    {
        "player", "midfielder", "striker", "forward", "defender", "winger", "goalkeeper", "keeper", "full-back", "fullback",
        "centre-back", "center-back", "left-back", "right-back", "wing-back", "centre-forward", "attacker", "playmaker",
        "youngster", "teenager", "wonderkid", "international", "star", "ace", "captain", "loanee", "signing", "target",
        "frontman", "marksman", "stopper", "shot-stopper", "academy", "prospect", "talent", "starlet", "schemer", "teammate",
        "team-mate", "outcast",
    };

    // Words that make the name someone else's: "Chelsea manager X", "club president X", "journalist X".
    private static readonly HashSet<string> NotPlayerNouns = new(StringComparer.Ordinal)
    {
        "manager", "coach", "boss", "chairman", "president", "owner", "director", "executive", "agent", "journalist",
        "reporter", "chief", "head", "counterpart", "gaffer", "assistant", "scout", "according", "said", "says", "told",
    };

    private static readonly HashSet<string> MovedWords = new(StringComparer.Ordinal)
    {
        "sign", "signs", "signed", "signing", "re-sign", "land", "landed", "landing", "sell", "sold", "selling", "loan",
        "loaned", "loaning", "recall", "recalled", "buy", "bought", "release", "released", "acquire", "acquired", "snap",
        "re-signing", "re-signed", "adding", "added", "allowed", "allow", "capture", "captured",
    };

    private static readonly HashSet<string> MoveNouns = new(StringComparer.Ordinal)
    {
        "bid", "bids", "offer", "offers", "move", "deal", "swoop", "approach", "signing", "sale", "transfer", "loan", "pursuit",
        "interest", "fee", "enquiry", "inquiry", "proposal",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "will", "would", "is", "was", "could", "also", "already", "then", "finally", "recently", "to",
        "set", "expected", "due", "been", "being", "poised", "about", "agreed", "agrees", "wants", "wanted", "keen", "eager", "ready",
    };

    private static readonly HashSet<string> MovingWords = new(StringComparer.Ordinal)
    {
        "joined", "joins", "join", "joining", "signed", "signs", "sign", "moved", "moves", "move", "moving", "left", "leaves",
        "leave", "leaving", "arrived", "arrives", "completed", "completes", "departed", "returned",
        "returns", "rejoined", "rejoins", "penned", "pens", "extended", "renewed", "traded", "swapped", "headed", "heads",
        "linked", "agitating", "completing", "sealed", "seals",
    };

    private static readonly HashSet<string> HisMoveNouns = new(StringComparer.Ordinal)
    {
        "transfer", "move", "switch", "signing", "departure", "exit", "sale", "loan", "future", "arrival", "agent",
        "representatives", "representative", "camp", "contract", "deal", "release", "club", "valuation", "fee",
    };
}
