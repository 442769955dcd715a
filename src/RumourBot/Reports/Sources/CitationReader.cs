using RumourBot.Reports.Text;

namespace RumourBot.Reports.Sources;

/// <summary>
/// Tells a source a report cites ("according to Marca", "told the Rotherham Advertiser", "Sabah reported") from an
/// outlet merely named (an author's bio, "Sky Bet League One", a photo credit), and finds cited outlets our list does
/// not know. Works on the sentence's lower-case words with set look-ups: no regular expression per sentence.
/// </summary>
internal static class CitationReader
{
    // Phrases that end right before a cited name.
    private static readonly string[][] CuesBefore =
    [
        ["according", "to"], ["told"], ["telling"], ["speaking", "to"], ["speaking", "with"], ["interview", "with"],
        ["reported", "by"], ["report", "from"], ["report", "by"], ["report", "in"], ["reports", "from"], ["via"],
        ["cited", "by"], ["quoted", "by"], ["relayed", "by"], ["revealed", "to"], ["confirmed", "to"], ["per"],
        ["reports"], ["claims"], ["report", "of"], ["explained", "to"], ["in", "comments", "to"], ["verified", "to"], ["confirmed", "to"], ["reported", "for"],
        ["writing", "for"], ["writes", "for"], ["wrote", "for"], ["advanced", "by"], ["revealed", "by"], ["citing"],
    ];

    // Words right after a cited name.
    private static readonly HashSet<string> CuesAfter = new(StringComparer.Ordinal)
    {
        "reported", "reports", "report", "claim", "claims", "claimed", "claiming", "understands", "understand", "adds",
        "revealed", "reveals", "reporting", "learned", "learnt", "writes", "wrote",
    };

    // What may stand between the cue and the name: "according to Spanish outlet MARCA", "told French television programme Telefoot".
    private static readonly HashSet<string> Descriptions = new(StringComparer.Ordinal)
    {
        "the", "outlet", "newspaper", "paper", "daily", "media", "journalist", "reporter", "correspondent", "website",
        "broadcaster", "publication", "portal", "site", "channel", "television", "tv", "radio", "station", "programme",
        "program", "show", "station", "magazine", "sports", "local", "national", "respected", "reliable", "a", "report",
        "podcast", "insider", "expert", "transfer", "guru", "spanish", "italian", "french", "german", "turkish",
        "portuguese", "brazilian", "argentine", "dutch", "english", "british", "saudi", "american", "belgian", "greek",
        "swiss", "mexican", "scottish", "austrian", "danish",
    };

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
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "dello", "della", "de", "di", "del", "da", "do", "la", "le", "el", "y" };

    private static readonly HashSet<string> CueBeforeLast = CuesBefore.Select(c => c[^1]).ToHashSet(StringComparer.Ordinal);

    // Where an outlet is named without being cited: an author's bio, a byline, a credit, a sponsor's name.
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
        if (end < words.Length && sentence.Words[end].IsCapitalised && Adjacent(sentence, end - 1, end) && !sentence.Words[end - 1].IsPossessive) return true;
        foreach (var phrase in MereMentions)
        {
            if (sentence.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Whether a name at these words is cited: a citing cue just before it, or just after it.</summary>
    public static bool IsCited(Sentence sentence, int wordIndex, int wordCount) => IsCited(sentence, wordIndex, wordCount, knownSource: true);

    private static bool IsCited(Sentence sentence, int wordIndex, int wordCount, bool knownSource)
    {
        var words = sentence.LowerWords;
        var end = wordIndex + wordCount;
        // "Sky Sports' Kaveh Solhekol", "Marca's report": a possessive outlet names whose reporting it is.
        if (knownSource && sentence.Words[end - 1].IsPossessive) return true;
        // "Pete O'Rourke of Sky Sports": the outlet of a reporter.
        if (knownSource && wordIndex > 1 && words[wordIndex - 1] == "of" && sentence.Words[wordIndex - 2].IsCapitalised) return true;
        if (end < words.Length && CuesAfter.Contains(words[end])) return true;
        if (end + 1 < words.Length && words[end] is "is" or "are" or "has" or "have" && CuesAfter.Contains(words[end + 1])) return true;
        var start = wordIndex;
        while (start > 0 && wordIndex - start < 4 && Descriptions.Contains(words[start - 1]) && !CueBeforeLast.Contains(words[start - 1])) start--;
        return EndsWithCue(words, start);
    }

    private static bool EndsWithCue(string[] words, int end)
    {
        foreach (var cue in CuesBefore)
        {
            if (end < cue.Length) continue;
            var matches = true;
            for (var k = 0; k < cue.Length && matches; k++) matches = words[end - cue.Length + k] == cue[k];
            if (matches) return true;
        }
        return false;
    }

    /// <summary>
    /// Names cited in the sentence that are not among the words already taken (clubs, known sources): after a cue
    /// ("according to X", "told X") or before one ("X reported"). Each as its first word and word count.
    /// </summary>
    public static IEnumerable<(int Start, int Count)> FindNames(Sentence sentence, HashSet<int>? taken)
    {
        var words = sentence.Words;
        var lower = sentence.LowerWords;
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsNameWord(words[i], lower[i], taken, i)) continue;
            var start = i;
            var end = i + 1;
            while (end < words.Count && end - start < 5 && !words[end - 1].IsPossessive && Adjacent(sentence, end - 1, end)
                   && (IsNameWord(words[end], lower[end], taken, end) || (words[end].Text.Length == 1 && char.IsUpper(words[end].Text[0]))
                       || (Connectors.Contains(words[end].Text) && end + 1 < words.Count && IsNameWord(words[end + 1], lower[end + 1], taken, end + 1))))
            {
                end++;
            }
            if (IsCited(sentence, start, end - start, knownSource: false)) yield return (start, end - start);
            i = end - 1;
        }
    }

    private static bool IsNameWord(Word word, string lower, HashSet<int>? taken, int index) =>
        !(taken?.Contains(index) ?? false) && !NotNames.Contains(lower) && word.Text.Length > 1
        && (word.IsCapitalised || word.Text.Contains('.') || HasInnerCapital(word.Text));

    // "talkSPORT", "iNews": a brand written with a capital inside.
    private static bool HasInnerCapital(string text)
    {
        for (var i = 1; i < text.Length; i++) if (char.IsUpper(text[i])) return true;
        return false;
    }

    private static bool Adjacent(Sentence sentence, int left, int right)
    {
        var between = sentence.Text.AsSpan(sentence.Words[left].End, sentence.Words[right].Start - sentence.Words[left].End);
        return between.Length == 1 && between[0] == ' ';
    }
}
