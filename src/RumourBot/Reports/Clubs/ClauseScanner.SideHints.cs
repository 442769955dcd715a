using RumourBot.Reports.Text;

namespace RumourBot.Reports.Clubs;

/// <summary>
/// The words around a club's mention that settle its side on their own: a price accepted, a passive "by", a sale,
/// "also", a sum asked for, a description to skip, the player's own club named before him.
/// </summary>
internal static partial class ClauseScanner
{
    // "Chelsea accept club's valuation", "have accepted Benfica's price demands": the seller's price accepted by the buyer.
    public static bool AcceptsTheirPrice(Sentence sentence, int from, int next)
    {
        var words = sentence.LowerWords;
        for (var i = from; i < Math.Min(words.Length, from + 6); i++)
        {
            if (words[i] is not ("accept" or "accepted" or "accepts")) continue;
            for (var k = i + 1; k < Math.Min(words.Length, i + 6); k++)
            {
                if (words[k] is "offer" or "offers" or "bid" or "bids" or "proposal") return false;
                // "have already accepted Stoke's stance": the suitor that gives way to the seller's refusal.
                if (words[k] is "valuation" or "price" or "asking" or "demands" or "demand" or "conditions" or "stance" or "decision" or "refusal" or "verdict") return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>
    /// For "by" at <paramref name="by"/>: true when a buyer's passive verb stands a few words before it ("tracked closely
    /// by"), false for a seller's ("valued at £30m by", "loaned to Everton by"), null for neither.
    /// </summary>
    public static bool? PassiveBy(Sentence sentence, int by)
    {
        var words = sentence.LowerWords;
        for (var i = by - 1; i >= 0 && i >= by - 6; i--)
        {
            var gap = sentence.Text.AsSpan(sentence.Words[i].End, sentence.Words[i + 1].Start - sentence.Words[i].End);
            if (gap.IndexOfAny(",;:()") >= 0) return null;
            if (SellerPassives.Contains(words[i])) return false;
            if (BuyerPassives.Contains(words[i])) return true;
        }
        return null;
    }

    private static readonly HashSet<string> SellerPassives = new(StringComparer.Ordinal)
    {
        "valued", "loaned", "sold", "released", "rejected", "rebuffed", "knocked", "blocked", "priced", "offloaded", "transferred",
    };

    private static readonly HashSet<string> BuyerPassives = new(StringComparer.Ordinal)
    {
        "wanted", "targeted", "tracked", "monitored", "chased", "courted", "scouted", "watched", "eyed", "pursued", "coveted", "admired",
        // "could be acquired by Galatasaray", "was snapped up by Leeds": bought by the club.
        "acquired", "signed", "bought", "purchased", "recruited", "poached", "lured", "snapped", "approached", "contacted",
    };

    // "have been turned down by", "Rejected As Destination", "was rebuffed by": a rejection the club undergoes (a passive
    // auxiliary before it, or "by"/"as" after it), not one it gives.
    public static bool RejectedAsSuitor(ReadOnlySpan<string> cues, int offset, int length)
    {
        if (cues[offset] is not ("rejected" or "turned" or "rebuffed" or "snubbed" or "refused" or "knocked" or "dismissed")) return false;
        if (offset > 0 && cues[offset - 1] is "been" or "being" or "be" or "was" or "were" or "get" or "got" or "gets" or "getting") return true;
        return offset + length < cues.Length && cues[offset + length] is "by" or "as";
    }

    // "Everton have denied they submitted a second bid", "Celtic deny interest in": a club denying an offer or an interest
    // is denying its own, as the suitor; "Napoli deny any agreement to sell" is the seller's denial.
    public static bool DeniesItsOwnOffer(ReadOnlySpan<string> cues, int offset, int length) =>
        cues[offset] is "denied" or "deny" or "denies" or "denying" && OfferAfter(cues, offset + length);

    /// <summary>Whether an offer (not a sale) is told within eight words from <paramref name="from"/>.</summary>
    public static bool OfferAfter(ReadOnlySpan<string> cues, int from, int before = int.MaxValue)
    {
        for (var k = from; k < cues.Length && k < from + 8 && k < before; k++)
        {
            if (cues[k] is "sale" or "sell" or "selling" or "sold" or "accepted" or "accept") return false;
            if (cues[k] is "bid" or "bids" or "offer" or "offers" or "approach" or "interest" or "submitted" or "lodged" or "tabled") return true;
        }
        return false;
    }

    // "sell a move to him", "sell the project to the youngster": what follows "sell" is an idea, not the player.
    public static bool SellsAnIdea(ReadOnlySpan<string> words, int after) =>
        after + 1 < words.Length && words[after] is "a" or "the" or "their" or "its" or "this"
        && words[after + 1] is "move" or "switch" or "transfer" or "project" or "idea" or "vision" or "plan";

    // "Arsenal target Praet", "AC Milan and Arsenal target Praet", "Chelsea, Real Madrid target": the club (or the list it
    // opens) is followed by "target", so it describes the player as the club's target.
    public static bool NamesTheirTarget(Sentence sentence, ClubMention mention, int next)
    {
        var words = sentence.LowerWords;
        var at = mention.EndWordIndex;
        if (sentence.Words[at - 1].IsPossessive) return false;
        // Over the rest of a list: "and Arsenal", ", Real Madrid".
        if (next < words.Length && (next == at || (next == at + 1 && words[at] is "and" or "or")))
        {
            var gap = sentence.Text.AsSpan(sentence.Words[at - 1].End, sentence.Words[next].Start - sentence.Words[at - 1].End).Trim();
            if (!(gap is "," or "and" or "or" or "&")) return false;
            at = next;
            while (at < words.Length && sentence.Words[at].IsCapitalised && !sentence.Words[at].IsPossessive) at++;
        }
        return at < words.Length && words[at] is "target" or "targets" && (at == 0 || !sentence.Words[at - 1].IsPossessive);
    }

    public static bool SaleBefore(Sentence sentence, int cueStart)
    {
        var words = sentence.LowerWords;
        for (var i = Math.Max(0, cueStart - 7); i < cueStart; i++)
        {
            if (words[i] is "sell" or "sells" or "sold" or "selling" or "offload" or "offloaded" or "offloading" or "transfers" or "transferred" or "transferring") return true;
        }
        return false;
    }

    public static bool AlsoNear(Sentence sentence, ClubMention mention)
    {
        var words = sentence.LowerWords;
        for (var i = Math.Max(0, mention.WordIndex - 6); i < Math.Min(words.Length, mention.EndWordIndex + 3); i++)
        {
            if (i >= mention.WordIndex && i < mention.EndWordIndex) continue;
            if (words[i] == "also") return true;
        }
        // "Sunderland could face competition for his signature as several clubs are interested, including Celtic".
        for (var i = 0; i < mention.WordIndex; i++)
        {
            if (words[i] == "competition") return true;
        }
        return false;
    }

    // "Benfica want the full €120m", "Ajax seek upwards of €38m", "Girona wanted 3.4 million plus add-ons", "the club
    // were demanding £20m": a club that asks for a sum is selling.
    public static bool AsksForSum(ArraySegment<string> after)
    {
        if (after.Count < 2 || !AskingVerbs.Contains(after[0]) && after[0] is not ("are" or "is" or "were" or "was")) return false;
        var start = AskingVerbs.Contains(after[0]) ? 0 : 1;
        if (start == 1 && (after.Count < 3 || after[1] is not ("demanding" or "asking" or "seeking" or "holding"))) return false;
        for (var i = start + 1; i < Math.Min(after.Count, start + 5); i++)
        {
            if (IsSum(after, i)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> AskingVerbs = new(StringComparer.Ordinal)
    {
        "want", "wants", "wanted", "seek", "seeks", "sought", "demand", "demands", "demanded", "request", "requests", "requested",
    };

    // "€120m", "£20million", "3.4 million", "38m": a sum of money, not "three players" or "2 more signings".
    public static bool IsSum(ReadOnlySpan<string> words, int i)
    {
        var word = words[i];
        if (!word.Any(char.IsDigit)) return false;
        if (word[0] is '\u00A3' or '\u20AC' or '$') return true;
        if (!char.IsDigit(word[0])) return false;
        if (word.EndsWith('m') || word.EndsWith("bn", StringComparison.Ordinal) || word.EndsWith("million", StringComparison.Ordinal)) return true;
        return i + 1 < words.Length && words[i + 1] is "million" or "m" or "bn" or "billion" or "euros" or "pounds" or "dollars";
    }

    // Words that describe a club in front of its name: "Championship side", "Italian club", "Saudi Pro League outfit".
    private static readonly HashSet<string> DescriptionWords = new(StringComparer.Ordinal)
    {
        "side", "club", "outfit", "giants", "team", "champions", "rivals", "neighbours", "top-flight", "second-tier",
        "third-tier", "top", "flight", "tier", "second", "third", "fourth", "league", "liga", "la", "serie", "a", "b", "premier", "ligue", "1", "2", "bundesliga", "eredivisie",
        "mls", "championship", "one", "two", "pro", "super", "lig", "primeira", "saudi", "spanish", "italian", "german",
        "french", "portuguese", "dutch", "scottish", "english", "brazilian", "argentine", "argentinian", "turkish",
        "belgian", "american", "mexican", "greek", "austrian", "swiss", "danish", "russian", "ukrainian", "japanese",
        "chinese", "qatari", "emirati", "croatian", "serbian", "polish", "czech", "norwegian", "swedish", "uruguayan",
        "colombian", "chilean", "liga mx", "mx", "spl", "epl", "fellow", "major", "soccer", "arabian", "lower-tier", "lower-league", "non-league", "national", "pair", "duo", "trio", "promoted", "relegated", "struggling", "ambitious",
        // "LaLiga outfit Atletico Madrid", "Club World Cup winners Chelsea", "Super Lig side", "Jupiler Pro League club".
        "laliga", "europa", "conference", "fa", "copa", "coppa", "italia", "pokal", "winners", "holders", "cup", "world", "european", "heavyweights", "leaders", "strugglers", "minnows",
        "titans", "powerhouse", "powerhouses", "counterparts", "jupiler", "superliga", "ekstraklasa", "allsvenskan", "eliteserien",
        "a-league", "j-league", "j1", "k-league", "csl", "usl", "segunda", "primera", "division", "paraguayan", "ecuadorian",
        "peruvian", "egyptian", "moroccan", "tunisian", "algerian", "south", "african", "korean", "australian", "romanian",
        "bulgarian", "hungarian", "israeli", "cypriot", "irish", "welsh", "canadian", "slovak", "slovenian", "bosnian",
        "finnish", "indian", "thai", "iranian", "georgian",
        // "Qatar outfit Al Rayyan", "Saudi Arabia side Al-Ahli": a country's name used as its adjective (skipped only
        // in a run that ends in a club word, as every word here).
        "qatar", "arabia", "uae", "turkey", "portugal", "spain", "italy", "germany", "france", "belgium", "netherlands", "holland",
        "greece", "brazil", "argentina", "mexico", "china", "japan", "russia", "scotland", "england", "usa", "denmark",
        "austria", "switzerland", "norway", "sweden", "cyprus", "israel", "egypt", "morocco", "poland", "croatia", "serbia",
    };

    public static int SkipDescription(Sentence sentence, int wordIndex)
    {
        var start = SkipWhatTheClubIsCalled(sentence, wordIndex);
        // "negotiations with the leadership of Besiktas": who speaks for a club is that club, to the cue before them.
        var words = sentence.LowerWords;
        if (start >= 3 && words[start - 1] == "of" && words[start - 3] == "the" && words[start - 2] is "leadership" or "board" or "management" or "hierarchy" or "directors" or "officials" or "owners") return start - 3;
        return start;
    }

    private static int SkipWhatTheClubIsCalled(Sentence sentence, int wordIndex)
    {
        var words = sentence.LowerWords;
        var start = wordIndex;
        while (start > 0 && wordIndex - start < 5 && DescriptionWords.Contains(words[start - 1]) && !sentence.Words[start - 1].IsPossessive
               && sentence.Text.AsSpan(sentence.Words[start - 1].End, sentence.Words[start].Start - sentence.Words[start - 1].End).IndexOfAny(",;:()") < 0)
        {
            start--;
        }
        if (start == wordIndex && wordIndex > 0 && sentence.Words[wordIndex - 1].IsPossessive && CountryOwners.Contains(words[wordIndex - 1]))
        {
            return wordIndex > 1 && words[wordIndex - 2] is "saudi" or "united" ? wordIndex - 2 : wordIndex - 1;
        }
        // "the Spanish giants' Pedri" is no description of the next club: only skip a run that ends in a club word.
        if (start < wordIndex && words[wordIndex - 1] is "side" or "club" or "outfit" or "giants" or "team" or "champions" or "rivals" or "pair" or "duo" or "trio"
            or "winners" or "holders" or "heavyweights" or "leaders" or "strugglers" or "minnows" or "titans" or "powerhouse" or "powerhouses" or "counterparts") return start;
        // "from recently-relegated Hull City", "cash-strapped Valencia", "joins struggling Cagliari", "newly promoted Leeds".
        if (wordIndex == 0 || sentence.Words[wordIndex - 1].IsCapitalised) return wordIndex;
        if (words[wordIndex - 1].Contains('-')) return wordIndex - 1;
        if (!ClubAdjectives.Contains(words[wordIndex - 1])) return wordIndex;
        return wordIndex > 1 && words[wordIndex - 2] is "newly" or "recently" ? wordIndex - 2 : wordIndex - 1;
    }

    // What a writer calls a club by its plight or standing, right before its name.
    private static readonly HashSet<string> ClubAdjectives = new(StringComparer.Ordinal)
    {
        "struggling", "ambitious", "troubled", "relegated", "promoted", "beleaguered", "wealthy", "mighty", "embattled", "resurgent", "stricken",
    };

    // "Endrick's club Palmeiras", "his parent club Chelsea", "his current side": the club he belongs to now.
    public static double? OwnClubBefore(Sentence sentence, int wordIndex)
    {
        var words = sentence.LowerWords;
        var at = wordIndex - 1;
        if (at < 1 || words[at] is not ("club" or "side" or "employers" or "team")) return null;
        var owner = at - 1;
        if (words[owner] is "parent" or "current" or "present" or "new-found" && owner > 0) return words[owner] == "parent" || words[owner - 1] is "his" or "her" ? 3 : null;
        if (words[owner] is "his" or "her") return 3;
        // "Endrick's club Palmeiras", "the striker's club - Vissel Kobe -".
        return sentence.Words[owner].IsPossessive ? 3 : null;
    }

    /// <summary>"pay €12m to", "€15 million ($17 million) to": a sum right before the "to" at <paramref name="to"/>.</summary>
    public static bool SumBefore(Sentence sentence, int to)
    {
        if (to < 1) return false;
        var word = sentence.LowerWords[to - 1];
        return word is "million" or "m" or "bn" or "billion" or "euros" or "pounds" or "dollars"
            || (word.Length > 0 && (char.IsDigit(word[0]) || word[0] is '£' or '€' or '$'));
    }

    // "v Lens", "the match against Lens", "played against Lens": the club is the other team on the pitch.
    public static bool OpponentInAMatch(string[] words, int club)
    {
        if (club == 0) return false;
        if (words[club - 1] is "v" or "vs" or "v." or "vs." or "versus") return true;
        // "the Capital One Cup first round defeat to Port Vale", "a 2-0 win over Lens": the result names the opponent.
        if (club >= 2 && words[club - 1] is "to" or "over" or "by" or "with" && words[club - 2] is "defeat" or "defeats" or "loss" or "losses" or "win" or "wins" or "victory" or "victories" or "draw" or "draws" or "triumph") return true;
        // "their cup tie with VfL Osnabruck": the fixture, not a deal with the club.
        if (club >= 2 && words[club - 1] == "with" && words[club - 2] is "tie" or "clash" or "match" or "game" or "fixture" or "showdown") return true;
        if (words[club - 1] != "against") return false;
        for (var i = Math.Max(0, club - 5); i < club - 1; i++)
        {
            if (MatchWords.Contains(words[i])) return true;
        }
        return false;
    }

    private static readonly HashSet<string> MatchWords = new(StringComparer.Ordinal)
    {
        "match", "game", "tie", "clash", "friendly", "friendlies", "fixture", "final", "semi-final", "derby", "debut",
        "played", "playing", "play", "plays", "faced", "face", "faces", "facing", "scored", "scoring", "goal", "goals",
    };

    /// <summary>"Tottenham's Eidur move", "Arsenal's Rice switch": a capitalised name, then the move, right after the club.</summary>
    public static bool MoveForNamedPlayer(Sentence sentence, int from, int next)
    {
        var i = from;
        while (i < next && i < sentence.Words.Count && i - from < 3 && sentence.Words[i].IsCapitalised) i++;
        return i > from && i < sentence.Words.Count && sentence.LowerWords[i] is "move" or "switch" or "transfer";
    }

    // "has informed Sevilla of his desire to leave", "told the club that he wants to leave": he tells his own club.
    public static bool TellsOfLeaving(Sentence sentence, ArraySegment<string> before, int after, int next)
    {
        if (before.Count == 0 || before[^1] is not ("told" or "tells" or "informed" or "informs" or "notified" or "notifies" or "telling" or "informing")) return false;
        var words = sentence.LowerWords;
        for (var i = after; i < Math.Min(Math.Min(next, words.Length), after + 8); i++)
        {
            if (words[i] is "not" or "never" || words[i].EndsWith("n't", StringComparison.Ordinal) || words[i].EndsWith("n\u2019t", StringComparison.Ordinal)) return false;
            if (words[i] is "leave" or "exit" or "depart" or "quit") return true;
        }
        return false;
    }

    /// <summary>
    /// "former Lens defender", "a 3-2 win at Lens", "Lens fans", "tonight's cup match against Lens": a club named for
    /// something other than a side.
    /// </summary>
    public static bool NamedAsNoSide(Sentence sentence, ClubMention mention)
    {
        if (FormerBefore(sentence, mention.WordIndex) || OpponentInAMatch(sentence.LowerWords, mention.WordIndex)) return true;
        if (ScoreWithin(sentence.LowerWords, Math.Max(0, mention.WordIndex - 4), Math.Min(4, mention.WordIndex))) return true;
        return mention.EndWordIndex < sentence.Words.Count && SpeakersAfter.Contains(sentence.LowerWords[mention.EndWordIndex]);
    }
}
