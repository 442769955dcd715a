using RumourBot.Reports.Text;

namespace RumourBot.Reports.Sources;

/// <summary>
/// Tells a source a report cites ("according to Marca", "told the Rotherham Advertiser", "Sabah reported") from an
/// outlet merely named (an author's bio, "Sky Bet League One", a photo credit), and finds cited outlets our list does
/// not know. Works on the sentence's lower-case words with set look-ups: no regular expression per sentence.
/// </summary>
internal static partial class CitationReader
{
    // Phrases that end right before a cited name.
    private static readonly string[][] CuesBefore =
    [
        ["according", "to"], ["told"], ["telling"], ["speaking", "to"], ["speaking", "with"], ["interview", "with"],
        ["reported", "by"], ["report", "from"], ["report", "by"], ["report", "in"], ["reports", "from"], ["via"],
        ["cited", "by"], ["quoted", "by"], ["relayed", "by"], ["revealed", "to"], ["confirmed", "to"], ["per"],
        ["reports"], ["claims"], ["report", "of"], ["explained", "to"], ["in", "comments", "to"], ["verified", "to"], ["confirmed", "to"], ["reported", "for"],
        ["writing", "for"], ["writes", "for"], ["wrote", "for"], ["advanced", "by"], ["revealed", "by"], ["citing"],
        ["informed", "by"], ["published", "by"], ["anticipated", "by"], ["first", "reported"], ["reported", "in"],
        // "Cadena SER (h/t Football Espana)": the hat tip names the outlet that relayed the report.
        ["h", "t"], ["hat", "tip"], ["hat-tip"],
    ];

    // Words right after a cited name.
    private static readonly HashSet<string> CuesAfter = new(StringComparer.Ordinal)
    {
        "reported", "reports", "report", "claim", "claims", "claimed", "claiming", "understands", "understand", "adds",
        "revealed", "reveals", "reporting", "learned", "learnt", "writes", "wrote",
        // "Il Mattino via Napoli Magazine": the first report, relayed by the second.
        "via",
    };

    // What may stand between the cue and the name: "according to Spanish outlet MARCA", "told French television programme Telefoot".
    private static readonly HashSet<string> Descriptions = new(StringComparer.Ordinal)
    {
        "the", "outlet", "newspaper", "paper", "daily", "media", "journalist", "reporter", "correspondent", "website",
        "broadcaster", "publication", "portal", "site", "channel", "television", "tv", "radio", "station", "programme",
        "program", "show", "station", "magazine", "sports", "local", "national", "respected", "reliable", "a", "report",
        "podcast", "insider", "expert", "transfer", "guru", "spanish", "italian", "french", "german", "turkish",
        "portuguese", "brazilian", "argentine", "dutch", "english", "british", "saudi", "american", "belgian", "greek",
        "swiss", "mexican", "scottish", "austrian", "danish", "slovakian", "slovak", "croatian", "serbian", "polish",
        "czech", "russian", "ukrainian", "swedish", "norwegian", "finnish", "romanian", "bulgarian", "hungarian",
        "slovenian", "bosnian", "albanian", "georgian", "israeli", "irish", "welsh", "icelandic", "colombian",
        "uruguayan", "chilean", "peruvian", "venezuelan", "ecuadorian", "paraguayan", "canadian", "australian",
        "japanese", "chinese", "korean", "qatari", "emirati", "egyptian", "moroccan", "algerian", "tunisian", "nigerian",
        "ghanaian", "senegalese", "ivorian", "cameroonian", "catalan", "basque", "galician", "andalusian", "outlets", "newspapers", "broadcasters", "papers", "websites",
        "sites", "channels", "journalists", "reporters", "dailies", "stations", "portals", "publications", "both",
    };

    // "told Accra-based Power FM", "the London-based outlet": where a medium is based describes it.
    private static bool IsDescription(string lower) => Descriptions.Contains(lower) || lower.EndsWith("-based", StringComparison.Ordinal);

    // Lower-case words that are never a name of their own, though written with a capital at a sentence's start.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "him", "them", "reports", "report", "sources",
        "source", "the", "a", "an", "this", "that", "there", "fans", "reporters", "journalists", "media", "press", "club",
        "clubs", "manager", "boss", "coach", "agent", "officials", "insiders", "friends", "everyone", "nobody", "some",
        "many", "others", "one", "who", "which", "what", "also", "now", "then", "and", "but", "club's", "side", "team",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "chief", "king",
        "let", "it's", "spaniards", "italians", "english", "new", "year", "south", "north", "america", "europe", "la", "liga",
        "premier", "league", "serie", "bundesliga", "ligue", "mls", "uefa", "fifa", "if", "as", "in", "on", "at", "for",
        // Words that open a sentence about reports without naming who made them: "Despite reports", "Recent reports",
        // "Per reports".
        "despite", "amid", "following", "after", "with", "these", "those", "recent", "earlier", "latest", "various", "per",
        "every", "each", "any", "all", "most", "both", "several", "multiple", "other", "further", "previous", "numerous", "local", "widespread", "conflicting",
        "unconfirmed", "persistent", "similar", "contrary", "however", "meanwhile", "today", "yesterday",
        "initial", "early", "fresh", "emerging", "subsequent", "separate", "unverified", "growing", "mounting", "media's", "i'm", "i\u2019m",
        "twitter", "instagram", "facebook", "youtube", "tiktok", "telegram", "whatsapp", "threads", "i've", "i\u2019ve", "i'd", "i\u2019d", "i'll", "i\u2019ll", "we're", "we\u2019re", "it\u2019s", "he's", "he\u2019s",
    };

    // Of the words above, those that may open a longer name: "Press Association", "New York Times".
    private static readonly HashSet<string> NameOpeners = new(StringComparer.Ordinal) { "press", "new", "south", "north", "la" };

    // Capitalised words that make a name an outlet's, never a person's: "Radio Onda Cero", "Press Association Sport",
    // "Corriere Fiorentino", "ONA FM", "TNT Sports".
    private static readonly HashSet<string> MediaNameWords = new(StringComparer.Ordinal)
    {
        "Radio", "Rádio", "TV", "FM", "Sport", "Sports", "News", "Press", "Times", "Post", "Mail", "Herald", "Echo",
        "Gazette", "Gazzetta", "Corriere", "Mediaset", "Tribune", "Journal", "Telegraph", "Mirror", "Express",
        "Chronicle", "Observer", "Standard", "Daily", "Magazine", "Television", "Network", "Channel", "Diario",
        "Jornal", "Cadena", "Onda", "Rai", "Sky", "Globo", "Gazeta", "Kurier", "Zeitung", "Tribuna", "Noticias", "Review",
    };

    // Nouns that name a medium: "Turkish newspaper Aksam", "the GE website", "media group Globo".
    private static readonly HashSet<string> MediaNouns = new(StringComparer.Ordinal)
    {
        "outlet", "outlets", "newspaper", "newspapers", "paper", "daily", "website", "websites", "broadcaster",
        "publication", "portal", "site", "channel", "station", "programme", "program", "magazine", "group",
        "tabloid", "broadsheet", "network", "radio", "television", "tv", "podcast", "journalist", "reporter", "correspondent",
        "broadcasters", "dailies", "tabloids", "journalists", "reporters",
    };

    // Words that may stand between a cited name and its verb: "SportMediaset are sensationally claiming",
    // "Aksam yesterday reported", "TRTSpor had reported earlier", "Ole and Radio Kappa both state".
    private static readonly HashSet<string> BetweenNameAndVerb = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "has", "have", "had", "been", "also", "now", "yesterday", "today", "recently",
        "earlier", "previously", "exclusively", "sensationally", "further", "even", "first", "too", "then", "later", "still",
        "finally", "again", "today's", "both", "all",
        "this", "morning", "evening", "week",
    };

    // Verbs after a name that read as a report when the name is an outlet's ("TNT Sports confirms", "Corriere
    // Fiorentino explain"): too common after a player's name to count for any name.
    private static readonly HashSet<string> OutletVerbs = new(StringComparer.Ordinal)
    {
        "confirms", "confirmed", "confirm", "explain", "explains", "explained", "says", "said", "say", "states", "stated",
        "state", "mentioned", "mentions", "believes", "believe", "suggests", "suggested", "suggest", "insists", "insist",
        "add", "added", "note", "notes", "noted", "published", "details", "detailed", "indicates", "indicated",
    };

    // Words before a name that make "reports" after it a noun, not a verb: "Benfica deny Joao Felix-Atletico reports".
    private static readonly HashSet<string> DenialsBefore = new(StringComparer.Ordinal)
    {
        "deny", "denies", "denied", "dismiss", "dismisses", "dismissed", "rubbish", "rubbishes", "rubbished", "quash",
        "quashes", "quashed", "blast", "blasts", "slam", "slams", "reject", "rejects", "the", "these", "those",
    };

    // What a possessive name may be followed by and still be the one cited: "Marca's report".
    private static readonly HashSet<string> ReportNouns = new(StringComparer.Ordinal)
    {
        "report", "reports", "reporting", "sources", "information", "exclusive", "article", "understanding", "claim",
        "claims", "story", "scoop", "column", "update",
    };

    private static readonly string[] MereMentions =
        ["published in", "follow him", "follow her", "twitter", "getty", "photo", "credit", "subscribe", "newsletter", "qualified", "written for", "contributor", "sky bet"];

    /// <summary>
    /// Whether a known outlet named here is merely named: a byline ("By NewsChain Sport"), an author's bio
    /// ("has had work published in The Sun"), a credit, or the first words of a longer name ("Sky Bet League One").
    /// </summary>
    public static bool IsMerelyNamed(Sentence sentence, int wordIndex, int wordCount)
    {
        var words = sentence.LowerWords;
        if (words[0] == "by" && words.Length <= 6) return true; // "By NewsChain Sport"
        var end = wordIndex + wordCount;
        if (ContinuesIntoLongerName(sentence, wordIndex, wordCount)) return true;
        // "the Sky Sport journalist", "Court of Arbitration for Sport": a one-word outlet ending a longer name.
        if (wordCount == 1 && wordIndex > 0 && !EndsWithCue(words, wordIndex) && !IsDescription(words[wordIndex - 1]))
        {
            var before = sentence.Words[wordIndex - 1];
            if (before.IsCapitalised && !before.IsPossessive && Adjacent(sentence, wordIndex - 1, wordIndex) && !NotNames.Contains(words[wordIndex - 1])) return true;
            if (words[wordIndex - 1] is "for" or "of" && wordIndex > 1 && sentence.Words[wordIndex - 2].IsCapitalised) return true;
        }
        foreach (var phrase in MereMentions)
        {
            if (sentence.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>"Sky Sport", "BBC Scotland", "Sky Bet League One": a known name that is only the first words of a longer one.</summary>
    public static bool ContinuesIntoLongerName(Sentence sentence, int wordIndex, int wordCount)
    {
        var end = wordIndex + wordCount;
        return end < sentence.Words.Count && sentence.Words[end].IsCapitalised && Adjacent(sentence, end - 1, end) && !sentence.Words[end - 1].IsPossessive
            && !NotNames.Contains(sentence.LowerWords[end]);
    }

    /// <summary>Whether a name at these words is cited: a citing cue just before it, or just after it.</summary>
    public static bool IsCited(Sentence sentence, int wordIndex, int wordCount) => IsCited(sentence, wordIndex, wordCount, knownSource: true);

    private static bool IsCited(Sentence sentence, int wordIndex, int wordCount, bool knownSource)
    {
        var words = sentence.LowerWords;
        var end = wordIndex + wordCount;
        var possessive = sentence.Words[end - 1].IsPossessive;
        // "Sky Sports' Kaveh Solhekol", "Marca's report": a possessive outlet names whose reporting it is. A name our
        // list lacks counts only before a report word ("Marca's report"): "according to Coutinho's agent" cites the
        // agent, and "TRT's Barış Yurduseven revealed" the reporter.
        if (possessive) return knownSource || (end < words.Length && ReportNouns.Contains(words[end])) || IsOutletShaped(sentence, wordIndex, wordCount);
        // "Pete O'Rourke of Sky Sports": the outlet of a reporter.
        if (knownSource && wordIndex > 1 && words[wordIndex - 1] == "of" && sentence.Words[wordIndex - 2].IsCapitalised) return true;
        // "as reported by Marco Bellini of Radio Kappa": one our list lacks, shaped as a medium's name, when the reporter
        // is himself cited (not "Bellini of Radio Kappa feels the move would suit him", an opinion).
        if (!knownSource && wordIndex > 1 && words[wordIndex - 1] == "of" && IsOutletShaped(sentence, wordIndex, wordCount) && CitedReporterBefore(sentence, wordIndex - 1)) return true;
        if (HasCueAfter(sentence, wordIndex, end, knownSource)) return true;
        // "the GE website", "the Daily Record newspaper": a medium named right after the name.
        if (end < words.Length && MediaNouns.Contains(words[end]) && words[end] is not ("journalist" or "reporter" or "correspondent" or "group")
            && wordIndex > 0 && words[wordIndex - 1] == "the") return true;
        var start = wordIndex;
        while (start > 0 && wordIndex - start < 4 && IsDescription(words[start - 1]) && !CueBeforeLast.Contains(words[start - 1]) && Joined(sentence, start - 1, start)) start--;
        if (start > 0 && !Joined(sentence, start - 1, start)) return false;
        if (EndsWithCue(words, start)) return true;
        // "speaking on CMTV last night", "appearing on Radio Kappa": the channel someone speaks on, when the name is a
        // medium's by its shape or its initials (not "speaking on Saka's future").
        if (start >= 2 && words[start - 2] is "speaking" or "talking" or "appearing" && words[start - 1] == "on"
            && (knownSource || IsOutletShaped(sentence, wordIndex, wordCount) || (wordCount == 1 && IsInitials(sentence.Words[wordIndex].Text)))) return true;
        // "Turkish newspaper Aksam", "Brazilian media group Globo": a medium named right before; not the affiliation
        // of someone else ("founder of news outlet Ghanasoccernet").
        return wordIndex > 0 && MediaNouns.Contains(words[wordIndex - 1]) && Joined(sentence, wordIndex - 1, wordIndex) && !IsAffiliation(words, wordIndex - 1);
    }

    private static bool IsInitials(string text) => text.Length is >= 2 and <= 6 && text.All(c => char.IsUpper(c) || char.IsAsciiDigit(c));

    // "reported by Gianluca Di Marzio of": a name ending right before "of", itself after a citing cue.
    private static bool CitedReporterBefore(Sentence sentence, int of)
    {
        var start = of;
        while (start > 0 && of - start < 4 && (sentence.Words[start - 1].IsCapitalised || Connectors.Contains(sentence.Words[start - 1].Text)) && Adjacent(sentence, start - 1, start)) start--;
        if (start == of) return false;
        while (start > 0 && IsDescription(sentence.LowerWords[start - 1]) && !CueBeforeLast.Contains(sentence.LowerWords[start - 1]) && Joined(sentence, start - 1, start)) start--;
        return EndsWithCue(sentence.LowerWords, start);
    }

    // "founder of news outlet Ghanasoccernet", "a reporter for the website X": whose someone is, not who says so.
    private static bool IsAffiliation(string[] words, int medium)
    {
        for (var i = medium - 1; i >= Math.Max(0, medium - 3); i--)
        {
            if (words[i] is "of" or "for" or "at" or "with") return true;
            if (CueBeforeLast.Contains(words[i])) return false;
        }
        return false;
    }

    /// <summary>"Benfica deny Joao Felix-Atletico reports": after a denial, "reports" following a name is a noun, no citing verb.</summary>
    public static bool ReportsIsNoun(Sentence sentence, int wordIndex, int end) =>
        wordIndex > 0 && end < sentence.Words.Count && DenialsBefore.Contains(sentence.LowerWords[wordIndex - 1])
        && sentence.LowerWords[end] is "reports" or "report" or "claims" or "claim"
        && !OpensClauseWithThat(sentence, wordIndex - 1, end);

    // "The Press Association claim that…": a name opening the sentence with its article, its "claim" followed by
    // "that", is the subject of the verb, not a word describing the claims.
    private static bool OpensClauseWithThat(Sentence sentence, int article, int verb) =>
        article == 0 && sentence.LowerWords[article] == "the" && verb + 1 < sentence.Words.Count && sentence.LowerWords[verb + 1] == "that";

    // Words that, after a club's name, make a name the club's own medium or company: "Chelsea TV", "Benfica SAD".
    private static readonly HashSet<string> ClubMediaWords = new(StringComparer.Ordinal)
    {
        "TV", "Radio", "SAD", "S.A.D.", "plc", "PLC", "SpA", "S.p.A.", "AG", "Media", "Channel", "Website", "Official", "Futebol",
    };

    /// <summary>Whether the words not taken by a club are all a club medium's ("Chelsea TV", "Benfica SAD").</summary>
    public static bool IsClubMedium(Sentence sentence, int start, int count, HashSet<int> clubWords)
    {
        var any = false;
        for (var i = start; i < start + count; i++)
        {
            if (clubWords.Contains(i)) { any = true; continue; }
            if (!ClubMediaWords.Contains(sentence.Words[i].Text)) return false;
        }
        return any;
    }

    /// <summary>Whether a medium is named right before the name: "Turkish outlets Haber Turk", "newspaper Aksam".</summary>
    public static bool FollowsMediaNoun(Sentence sentence, int wordIndex) =>
        wordIndex > 0 && MediaNouns.Contains(sentence.LowerWords[wordIndex - 1]) && sentence.LowerWords[wordIndex - 1] is not ("journalist" or "reporter" or "correspondent")
        && Joined(sentence, wordIndex - 1, wordIndex);

    /// <summary>Whether a cue right before the name cites it ("according to X", "told X", "Turkish newspaper X").</summary>
    public static bool HasCueBefore(Sentence sentence, int wordIndex, int wordCount)
    {
        var words = sentence.LowerWords;
        if (sentence.Words[wordIndex + wordCount - 1].IsPossessive) return false;
        var start = wordIndex;
        while (start > 0 && wordIndex - start < 4 && IsDescription(words[start - 1]) && !CueBeforeLast.Contains(words[start - 1]) && Joined(sentence, start - 1, start)) start--;
        if (start > 0 && !Joined(sentence, start - 1, start)) return false;
        return EndsWithCue(words, start) || (wordIndex > 0 && MediaNouns.Contains(words[wordIndex - 1]) && Joined(sentence, wordIndex - 1, wordIndex) && !IsAffiliation(words, wordIndex - 1));
    }

    private static bool HasCueAfter(Sentence sentence, int wordIndex, int end, bool knownSource)
    {
        var words = sentence.LowerWords;
        if (end >= words.Length) return false;
        if (ReportsIsNoun(sentence, wordIndex, end)) return false;
        // "Celtic Attempt to Smash Record for Defender Deal – Reports": a headline's tag after a dash says it is
        // reported, not who reports it.
        if (DashBetween(sentence, end - 1, end)) return false;
        // "joins as a Young Designated Player via a transfer from Lanus": "via" before the means of a move relays no report.
        if (words[end] == "via" && end + 2 < words.Length && words[end + 1] is "a" or "an" or "the" && MoveMeans.Contains(words[end + 2])) return false;
        if (CuesAfter.Contains(words[end])) return true;
        if (knownSource && end + 1 < words.Length && words[end] is "is" or "are" or "has" or "have" && CuesAfter.Contains(words[end + 1])) return true;
        var outlet = knownSource || IsOutletShaped(sentence, wordIndex, end - wordIndex);
        if (outlet && OutletVerbs.Contains(words[end])) return true;
        // "SportMediaset are sensationally claiming", "Aksam yesterday reported": adverbs and auxiliaries between.
        var verb = end;
        var passive = false;
        while (verb < words.Length && verb - end < 3 && (BetweenNameAndVerb.Contains(words[verb]) || (words[verb].Length > 4 && words[verb].EndsWith("ly", StringComparison.Ordinal))))
        {
            passive |= words[verb] is "is" or "are" or "was" or "were" or "been" or "be";
            verb++;
        }
        if (verb == end || verb >= words.Length) return false;
        // "Mbappe is reported to be close" is said of him, not by him; "Marca are reporting" is by it.
        if (passive && !words[verb].EndsWith("ing", StringComparison.Ordinal)) return false;
        return CuesAfter.Contains(words[verb]) || (outlet && OutletVerbs.Contains(words[verb]));
    }

    private static readonly HashSet<string> MoveMeans = new(StringComparer.Ordinal) { "transfer", "trade", "loan", "deal", "swap", "move", "free", "permanent" };

    private static bool DashBetween(Sentence sentence, int left, int right) =>
        sentence.Text.AsSpan(sentence.Words[left].End, sentence.Words[right].Start - sentence.Words[left].End).IndexOfAny("-\u2013\u2014|") >= 0;

    private static bool EndsWithCue(string[] words, int end)
    {
        foreach (var cue in CuesBefore)
        {
            if (end < cue.Length) continue;
            var matches = true;
            for (var k = 0; k < cue.Length && matches; k++) matches = words[end - cue.Length + k] == cue[k];
            // "he was told Coutinho would remain": a passive "told" cites nobody.
            if (matches && cue is ["told"] && end >= 2 && words[end - 2] is "was" or "were" or "been" or "being" or "is" or "are") matches = false;
            if (matches) return true;
        }
        return false;
    }
}
