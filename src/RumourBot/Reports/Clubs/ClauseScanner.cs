using RumourBot.Reports.Text;

namespace RumourBot.Reports.Clubs;

/// <summary>
/// Scans the words around a club's mention for <see cref="ClubRoleReader"/>: where its clause starts and ends, the
/// description before its name ("La Liga side"), and the small words that change what a cue means ("former", "not",
/// "also", "his club").
/// </summary>
internal static partial class ClauseScanner
{
    // "PSV has confirmed that the club have accepted": how many words of a reporting clause come before the cue.
    public static int ReportingClause(Sentence sentence, int at)
    {
        var words = sentence.LowerWords;
        if (at + 2 >= words.Length) return 0;
        var skip = 3;
        // "West Ham United have issued a statement claiming that they have rejected a bid".
        if (at + 5 < words.Length && words[at] is "has" or "have" && words[at + 1] is "issued" or "released" or "published" && words[at + 2] == "a" && words[at + 3] == "statement"
            && words[at + 4] is "claiming" or "saying" or "confirming" or "stating" && words[at + 5] == "that")
        {
            skip = 6;
        }
        else
        {
            // "has confirmed that", "confirmed Friday that it had reached a deal to send him to Real Madrid".
            var verb = words[at] is "has" or "have" ? at + 1 : at;
            if (verb >= words.Length || !ReportingVerbs.Contains(words[verb])) return 0;
            var that = verb + 1 < words.Length && words[verb + 1] == "that" ? verb + 1
                : verb + 2 < words.Length && words[verb + 2] == "that" && DayWords.Contains(words[verb + 1]) ? verb + 2 : -1;
            // "has confirmed the club has agreed the sale": the "that" left out.
            if (that < 0 && verb + 2 < words.Length && words[verb + 1] == "the" && words[verb + 2] is "club" or "clubs") that = verb;
            if (that < 0) return 0;
            skip = that + 1 - at;
        }
        if (at + skip + 1 < words.Length && words[at + skip] == "the" && words[at + skip + 1] is "club" or "clubs") skip += 2;
        else if (at + skip < words.Length && words[at + skip] is "they" or "it") skip += 1;
        return skip;
    }

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "confirmed", "said", "revealed", "announced", "admitted", "stated", "insisted", "confirms", "says", "announces", "admits", "reveals",
    };

    private static readonly HashSet<string> DayWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "earlier", "on",
        // "Benfica stated recently that they have agreed to sell him": an adverb of the statement, not of the deal.
        "recently", "also", "officially", "publicly", "previously",
    };

    // "has joined Saudi Arabia's Al-Ittihad", "joins Saudis' Al-Ittihad": a country owning the club is its description.
    private static readonly HashSet<string> CountryOwners = new(StringComparer.Ordinal)
    {
        "arabia", "saudis", "spain", "italy", "germany", "france", "england", "portugal", "turkey", "brazil", "argentina", "mexico",
        "scotland", "netherlands", "holland", "belgium", "greece", "qatar", "japan", "china", "america", "russia", "egypt", "uae",
    };

    // "former Sheffield United defender", "former €40m Barcelona target": a figure or a hyphenated word may stand between.
    /// <summary>"new Chelsea striker", "newly signed Chicago Fire defender": the club he has just joined, not the one he leaves.</summary>
    public static bool NewSigningBefore(Sentence sentence, int wordIndex)
    {
        var words = sentence.LowerWords;
        if (wordIndex < 1) return false;
        return words[wordIndex - 1] is "new" or "latest" or "newly-signed" || words[wordIndex - 1] == "signed" && wordIndex >= 2 && words[wordIndex - 2] == "newly";
    }

    public static bool FormerBefore(Sentence sentence, int wordIndex)
    {
        var words = sentence.LowerWords;
        for (var i = wordIndex - 1; i >= 0 && i >= wordIndex - 3; i--)
        {
            if (words[i] is "former" or "ex" or "ex-") return true;
            // "the former Sochaux and RB Leipzig defender": a list of names after "former" are all former clubs.
            if (words[i] is "and" or "&" && FormerList(sentence, i)) return true;
            // "Ex-Inter Milan defender", "ex-Sunderland man": the prefix is written onto the club's first word.
            if (i == wordIndex - 1 && words[i].StartsWith("ex-", StringComparison.Ordinal)) return true;
            if (words[i].Length == 0 || !(char.IsDigit(words[i][0]) || words[i][0] is '£' or '€' or '$' || words[i].Contains('-'))) return false;
        }
        return false;
    }

    private static bool FormerList(Sentence sentence, int and)
    {
        var words = sentence.LowerWords;
        for (var i = and - 1; i >= 0 && i >= and - 4; i--)
        {
            if (words[i] is "former" or "ex") return true;
            if (!sentence.Words[i].IsCapitalised) return false;
        }
        return false;
    }

    public static bool NegatedBefore(Sentence sentence, int cueStart)
    {
        var words = sentence.LowerWords;
        for (var i = Math.Max(0, cueStart - 5); i < cueStart; i++)
        {
            var word = words[i];
            if (word is "not" or "never" or "backtracked" or "snubbed" || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n\u2019t", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>A "not", "never" or "no" among the cue words from..to (the two before a cue: "didn't mess around with their bid" is a bid).</summary>
    public static bool NegatedWithin(ReadOnlySpan<string> cues, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < cues.Length; i++)
        {
            var word = cues[i];
            if (word is "not" or "never" or "no" || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n\u2019t", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>An offer word or a sum among the <paramref name="count"/> cue words from <paramref name="from"/>.</summary>
    public static bool OfferOrMoneyWithin(ReadOnlySpan<string> cues, int from, int count)
    {
        for (var i = from; i < cues.Length && i < from + count; i++)
        {
            var word = cues[i];
            if (ClubRoleCues.OfferWords.Contains(word) || word is "fee" or "payment" or "sum" or "money" or "cash" or "proposal" or "proposals" or "approach" or "approaches"
                || (word.Length > 0 && (char.IsDigit(word[0]) || word[0] is '£' or '€' or '$'))) return true;
        }
        return false;
    }

    /// <summary>"joins the Super Lig club", "has signed for the Bundesliga side": a move verb a few words before.</summary>
    public static bool MoveVerbBefore(Sentence sentence, int at)
    {
        var words = sentence.LowerWords;
        for (var i = at - 1; i >= 0 && i >= at - 6; i--)
        {
            if (words[i] is "joins" or "joined" or "join" or "joining" or "signs" or "signed" or "moves" or "moved" or "arrives" or "arrived" or "completes" or "completed") return true;
        }
        return false;
    }

    /// <summary>No punctuation and no "and", "but", "while" between the words from..to: one clause.</summary>
    public static bool SameClause(Sentence sentence, int from, int to)
    {
        for (var i = Math.Max(1, from); i <= to && i < sentence.Words.Count; i++)
        {
            var gap = sentence.Text.AsSpan(sentence.Words[i - 1].End, sentence.Words[i].Start - sentence.Words[i - 1].End);
            if (gap.IndexOfAny(",;:()\u2013\u2014") >= 0) return false;
            if (i < to && sentence.LowerWords[i] is "and" or "but" or "while" or "whilst" or "as" or "with" or "which") return false;
        }
        return true;
    }

    // "KV Oostende on a season-long loan", "Celtic on a four-year deal": the terms of the move follow the club's name.
    private static bool TermsFollow(string[] words, int club)
    {
        for (var i = club + 1; i < Math.Min(words.Length - 1, club + 5); i++)
        {
            if (words[i] != "on") continue;
            for (var j = i + 1; j < Math.Min(words.Length, i + 5); j++)
            {
                // Not one dated back ("on a permanent deal in the summer", "on a free transfer last season").
                if (words[j] is not ("loan" or "deal" or "contract" or "free")) continue;
                var next = j + 1 < words.Length && words[j + 1] is "transfer" or "move" or "switch" ? j + 2 : j + 1;
                return next >= words.Length || words[next] is not ("in" or "last" or "back" or "during" or "since" or "earlier");
            }
            return false;
        }
        return false;
    }

    /// <summary>
    /// "after joining Newcastle from Central Coast Mariners", "since arriving at the club from Real Madrid", "who joined
    /// Ajax from Heerenveen": the club is named inside a clause about how he came to his club, which is the story's past.
    /// </summary>
    public static bool InPastMoveClause(Sentence sentence, int wordIndex)
    {
        var words = sentence.LowerWords;
        var start = ClauseStart(sentence, wordIndex, maxWords: 11);
        for (var i = wordIndex - 1; i > start; i--)
        {
            var opener = words[i - 1];
            if (opener is "after" or "since" or "having" && words[i] is "joining" or "joined" or "signing" or "arriving" or "arrived" or "moving" or "moved" or "coming" or "came")
            {
                // "is fulfilling a lifelong ambition after signing a two-year deal at St Mirren": a contract just signed
                // is this move, not how he came to his club ("since signing a deal at Celtic in 2019" still is).
                // So is "after joining KV Oostende on a season-long loan": the move told with its terms is the one just made.
                return !(opener == "after" && words[i] == "signing" && i + 1 < words.Length && words[i + 1] is "a" or "an")
                    && !(opener == "after" && words[i] == "joining" && TermsFollow(words, wordIndex));
            }
            if (opener == "who" && words[i] is "joined" or "arrived" or "moved" or "came") return true;
            // "just two months after the striker joined Burnley": the same, told of him by a pronoun or his position.
            if (words[i] is "joined" or "arrived" or "moved" or "signed" && TimeAfter(words, opener is "he" or "she" ? i - 2 : opener != "the" && i >= 2 && words[i - 2] == "the" ? i - 3 : -1)) return true;
            // "just one year after his transfer to PSG from Sporting Lisbon": the move that brought him, told by the time since.
            if (opener is "his" or "her" && words[i] is "transfer" or "move" or "switch" or "arrival" && i >= 3 && words[i - 2] == "after"
                && words[i - 3] is "year" or "years" or "month" or "months" or "season" or "seasons" or "week" or "weeks") return true;
            // "a player signed for £8million from Royal Antwerp", "who was bought from Ajax": a signing told in the passive is his past.
            if (words[i] is "signed" or "bought" or "acquired" or "recruited"
                && opener is "was" or "were" or "been" or "player" or "defender" or "midfielder" or "striker" or "forward" or "winger" or "goalkeeper") return true;
        }
        return false;
    }

    // "two months after", "a year after": a span of time ending at the word "after" at <paramref name="after"/>.
    private static bool TimeAfter(string[] words, int after) =>
        after >= 1 && words[after] == "after" && words[after - 1] is "year" or "years" or "month" or "months" or "season" or "seasons" or "week" or "weeks" or "days";

    // "his collapsed move to Barcelona", "who had been linked with a move to Barcelona", "last summer's move to Hull":
    // a move that is over is not where he goes now.
    public static bool PastBefore(Sentence sentence, int cueStart)
    {
        var words = sentence.LowerWords;
        if (cueStart > 0 && words[cueStart - 1] is "last" or "previous" or "collapsed" or "failed" or "aborted" or "earlier") return true;
        // "rejected a move to Fulham in favour of Everton": a move he turned down is not where he goes.
        if (cueStart > 1 && words[cueStart - 1] is "a" or "the" && words[cueStart - 2] is "rejected" or "snubbed" or "shunned" or "refused" or "down" or "rebuffed") return true;
        // "turned down the chance to join Darlington in favour of a move to Swansea": a chance he passed up for another
        // club is not where he goes ("turned down the chance to join Everton" alone still names the move refused).
        var noun = words[cueStart] == "to" ? cueStart - 1 : cueStart > 0 && words[cueStart - 1] == "to" ? cueStart - 2 : -1;
        if (noun > 1 && words[noun] is "chance" or "opportunity" or "offer" && words[noun - 1] is "the" or "an" or "a"
            && words[noun - 2] is "rejected" or "snubbed" or "shunned" or "refused" or "down" or "rebuffed" or "declined" or "up"
            && words.AsSpan(cueStart).IndexOfAny(["favour", "favor", "instead"]) >= 0) return true;
        for (var i = Math.Max(0, cueStart - 6); i + 1 < cueStart; i++)
        {
            // "had been set to join", "had initially been expected to join Brighton": a plan since given up.
            if (words[i] == "had" && (words[i + 1] == "been" || words[i + 1].EndsWith("ly", StringComparison.Ordinal) && i + 2 < cueStart && words[i + 2] == "been")) return true;
            // "was recently linked with a move to Fenerbahce": an earlier rumour, not this story's move.
            if (words[i] is "was" or "were" && words[i + 1] == "recently" && i + 2 < cueStart && words[i + 2] == "linked") return true;
        }
        return false;
    }

    // Words that may stand between a club and its verb without changing what it does: "have reportedly made a £15 million bid".
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "reportedly", "now", "already", "also", "finally", "officially", "apparently", "allegedly", "still", "just", "even",
        "formally", "initially", "today", "yesterday", "again", "million", "m", "bn", "billion", "euro", "euros", "pound",
        "pounds", "dollar", "dollars", "reais", "-",
    };

    // A year is no filler: "arriving from Real Madrid in 2021 for €35m" must not read as "in for".
    private static bool IsFiller(string word) => Fillers.Contains(word) || (word.Length > 0 && ((char.IsDigit(word[0]) && !IsYear(word)) || word[0] is '£' or '€' or '$'));

    private static bool IsYear(string word) => word.Length == 4 && word[0] is '1' or '2' && word[1] is '9' or '0' && char.IsDigit(word[2]) && char.IsDigit(word[3]);

    /// <summary>The clause's words from..to without fillers, at most seven; <paramref name="plain"/> itself when it has none.</summary>
    public static ArraySegment<string> WithoutFillers(Sentence sentence, int from, int to, ArraySegment<string> plain)
    {
        var any = false;
        foreach (var word in plain) any |= IsFiller(word);
        if (!any) return plain;
        var words = sentence.LowerWords;
        var kept = new List<string>(7);
        for (var i = from; i < to && kept.Count < 7; i++)
        {
            if (!IsFiller(words[i])) kept.Add(words[i]);
        }
        return new ArraySegment<string>([.. kept]);
    }

    // "Bianconeri sources", "Chelsea fans": a club named for its people, not as a side of the move.
    public static readonly HashSet<string> SpeakersAfter = new(StringComparer.Ordinal)
    {
        "sources", "source", "insiders", "insider", "fans", "fan", "supporters", "supporter", "faithful", "website", "media", "newspaper", "tv", "channel",
    };

    // "Norwich City Transfer News", "a Chelsea loan star": the club names a topic or a player, not where a move goes.
    public static readonly HashSet<string> NotAMove = new(StringComparer.Ordinal)
    {
        "news", "rumours", "rumour", "latest", "gossip", "window", "talk", "plans", "budget", "kitty", "policy", "business",
        "record", "ban", "embargo", "request", "star", "player", "ace", "spell", "stint", "army", "market", "chief", "guru",
        "committee", "strategy", "hub", "round-up", "roundup", "live", "blog", "update", "updates",
    };

    // "1-0", "2-1": a match score.
    public static bool ScoreWithin(ReadOnlySpan<string> words, int from, int count)
    {
        for (var i = from; i < Math.Min(words.Length, from + count); i++)
        {
            var w = words[i];
            var dash = w.IndexOf('-');
            if (dash > 0 && dash < w.Length - 1 && char.IsDigit(w[0]) && char.IsDigit(w[^1])) return true;
        }
        return false;
    }

    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "while", "whilst", "although", "though", "so", "yet", "because", "as",
    };

    // "... his contract with Atlético, and has signed a contract through 2028": a new clause after ", and".
    public static int ClauseEnd(Sentence sentence, int from, int limit)
    {
        if (from < limit && sentence.Words[from].Text is "and" or "but" or "while" or "whilst") return from;
        for (var i = from + 1; i < limit; i++)
        {
            var gap = sentence.Text.AsSpan(sentence.Words[i - 1].End, sentence.Words[i].Start - sentence.Words[i - 1].End);
            if (gap.IndexOfAny(";.") >= 0 || (gap.Contains(',') && Conjunctions.Contains(sentence.Words[i].Text))) return i;
            // "leave Villarreal and join LA Galaxy": what follows "and" is another clause's verb.
            if (sentence.Words[i].Text is "and" or "but" or "while" or "whilst") return i;
        }
        return limit;
    }

    // "..., with the Spanish giants now confident": a comma before the club starts a new clause.
    public static int ClauseStart(Sentence sentence, int wordIndex, int maxWords)
    {
        var start = wordIndex;
        while (start > 0 && wordIndex - start < maxWords)
        {
            var gap = sentence.Text.AsSpan(sentence.Words[start - 1].End, sentence.Words[start].Start - sentence.Words[start - 1].End);
            if (gap.IndexOfAny(",;:()\u2013\u2014") >= 0) break;
            start--;
        }
        return start;
    }

    // "to join the Spanish club", "a move to their rivals": the determiner says nothing of the role.
    public static ArraySegment<string> WithoutDeterminer(ArraySegment<string> words) =>
        words.Count > 0 && words[^1] is "the" or "a" or "an" or "their" or "his" ? words[..^1] : words;

    // The sentence's lower-case words from..to, without copying them.
    public static ArraySegment<string> Slice(Sentence sentence, int from, int to) =>
        new(sentence.LowerWords, from, Math.Max(0, to - from));
}
