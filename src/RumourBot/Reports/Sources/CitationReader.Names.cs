using RumourBot.Reports.Text;

namespace RumourBot.Reports.Sources;

/// <summary>The names a citation can point at: found after or before a cue, and told apart by their shape.</summary>
internal static partial class CitationReader
{
    /// <summary>
    /// Names cited in the sentence that are not among the words already taken (clubs, known sources): after a cue
    /// ("according to X", "told X") or before one ("X reported"). Each as its first word and word count.
    /// </summary>
    public static IEnumerable<(int Start, int Count)> FindNames(Sentence sentence, HashSet<int>? taken)
    {
        var words = sentence.Words;
        var lower = sentence.LowerWords;
        var found = new List<(int Start, int Count, bool Cited)>();
        for (var i = 0; i < words.Count; i++)
        {
            var opener = words[i].IsCapitalised && NameOpeners.Contains(lower[i]) && i + 1 < words.Count && Adjacent(sentence, i, i + 1)
                && IsNameWord(words[i + 1], lower[i + 1], taken, i + 1);
            if (!opener && !IsNameWord(words[i], lower[i], taken, i)) continue;
            var start = i;
            var end = i + 1;
            // "Championat.ru Artemov said": a web address ends the name.
            while (end < words.Count && end - start < 5 && !words[end - 1].IsPossessive && !IsWebAddress(words[end - 1].Text) && Adjacent(sentence, end - 1, end)
                   && (IsNameWord(words[end], lower[end], taken, end) || (words[end].Text.Length == 1 && char.IsUpper(words[end].Text[0]))
                       || (Connectors.Contains(words[end].Text) && end + 1 < words.Count && IsNameWord(words[end + 1], lower[end + 1], taken, end + 1))))
            {
                end++;
            }
            // "Antena 1", "TV 2": a channel's number is part of its name.
            if (end < words.Count && IsChannelNumber(words[end].Text) && Adjacent(sentence, end - 1, end) && !words[end - 1].IsPossessive) end++;
            i = end - 1;
            // "told Portuguese TV station Antena 1": "Portuguese TV" describes the outlet; "reports in South Korea" is a place.
            while (start < end - 1 && IsDescription(lower[start]) && lower[start] is not ("radio" or "tv" or "television" or "daily" or "sports")
                   && !IsChannelNumber(words[start + 1].Text)) start++;
            if (end - start == 1 && IsDescription(lower[start])) continue;
            // "reports from South American media outlets": words that only describe where the reports come from.
            if (AllDescribe(lower, start, end)) continue;
            // "told Arnhem newspaper De Gelderlander": a town before the medium's noun says where the medium is.
            if (end - start == 1 && end + 1 < words.Count && lower[end] is "newspaper" or "paper" or "daily" or "outlet" or "website"
                    or "publication" or "portal" or "tabloid" or "broadsheet" or "magazine"
                && words[end + 1].IsCapitalised && Adjacent(sentence, end, end + 1) && !MediaNameWords.Contains(words[start].Text)) continue;
            if (start > 0 && lower[start - 1] == "in") continue;
            // "according to Utd sources", "Juve insiders claim": whose unnamed sources they are, not who reports.
            if (end < words.Count && lower[end] is "source" or "sources" or "insider" or "insiders" && !words[end - 1].IsPossessive
                && !IsOutletShaped(sentence, start, end - start)) continue;
            // "World Cup winning midfielder Kleberson revealed": a name a position describes is one of the story's people.
            if (start > 0 && PositionsBefore.Contains(lower[start - 1]) && Adjacent(sentence, start - 1, start)) continue;
            found.Add((start, end - start, IsCited(sentence, start, end - start, knownSource: false) || IsTweetSignature(sentence, start, end - start)));
        }
        // "Haber Turk and Sporx are reporting", "telling Goal and SPOX": two names joined by "and" share one cue.
        for (var k = 0; k + 1 < found.Count; k++)
        {
            var (a, b) = (found[k], found[k + 1]);
            if (a.Cited == b.Cited || b.Start != a.Start + a.Count + 1 || lower[a.Start + a.Count] is not ("and" or "&")) continue;
            found[k] = a with { Cited = true };
            found[k + 1] = b with { Cited = true };
        }
        foreach (var (start, count, cited) in found)
        {
            if (cited) yield return (start, count);
        }
    }

    private static bool AllDescribe(string[] lower, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!NotNames.Contains(lower[k]) && !IsDescription(lower[k])) return false;
        }
        return true;
    }

    /// <summary>
    /// "… official announcement soon. — Anna Clarke (@annaclarke) May 3, 2024": the signature of an embedded post, a dash,
    /// the author's name and the handle in brackets: its author is cited.
    /// </summary>
    public static bool IsTweetSignature(Sentence sentence, int start, int count)
    {
        if (start == 0 || count is < 2 or > 3) return false;
        var text = sentence.Text;
        var after = sentence.Words[start + count - 1].End;
        if (!text.AsSpan(after).StartsWith(" (@", StringComparison.Ordinal)) return false;
        var before = text.AsSpan(sentence.Words[start - 1].End, sentence.Words[start].Start - sentence.Words[start - 1].End).Trim();
        return before is "\u2014" or "\u2013" or "-";
    }

    // Positions in football: a name right after one is a player's or an official's, never an outlet's.
    private static readonly HashSet<string> PositionsBefore = new(StringComparer.Ordinal)
    {
        "midfielder", "striker", "defender", "winger", "goalkeeper", "keeper", "forward", "full-back", "centre-back",
        "center-back", "player", "captain", "manager", "boss", "coach", "president", "chairman", "agent", "teammate", "team-mate",
    };

    // The shape comes first: most words are lower case, and are passed over before any set is looked up.
    private static bool IsNameWord(Word word, string lower, HashSet<int>? taken, int index) =>
        word.Text.Length > 1 && (word.IsCapitalised || word.Text.Contains('.') || HasInnerCapital(word.Text))
        && !(taken?.Contains(index) ?? false) && !NotNames.Contains(lower)
        && !lower.EndsWith("-based", StringComparison.Ordinal) && !lower.EndsWith("-born", StringComparison.Ordinal);

    // "talkSPORT", "iNews": a brand written with a capital inside.
    private static bool HasInnerCapital(string text)
    {
        for (var i = 1; i < text.Length; i++) if (char.IsUpper(text[i])) return true;
        return false;
    }

    // "Despite reports, Roberto de Andrade…", "via the official website: “I'm…": a cue ends at a comma or a colon.
    private static bool Joined(Sentence sentence, int left, int right)
    {
        var between = sentence.Text.AsSpan(sentence.Words[left].End, sentence.Words[right].Start - sentence.Words[left].End);
        foreach (var c in between)
        {
            if (c is ',' or ':' or ';' or '.' or '(' or ')' or '\u2014' or '\u2013') return false;
        }
        return true;
    }

    private static bool Adjacent(Sentence sentence, int left, int right)
    {
        var between = sentence.Text.AsSpan(sentence.Words[left].End, sentence.Words[right].Start - sentence.Words[left].End);
        return between.Length == 1 && between[0] == ' ';
    }

    /// <summary>
    /// Whether a name is an outlet's by its shape: a media word in it ("Radio Onda Cero", "TNT Sports"), a web address
    /// ("Championat.ru", "ESPN.com.br"), a brand run together ("SportMediaset", "TRTSpor") or a title opening with an article.
    /// </summary>
    public static bool IsOutletShaped(Sentence sentence, int start, int count)
    {
        // "La Lazio Siamo Noi", "El Diario de Sevilla": a title of three or more words opening with an article is a
        // publication's ("Le Tissier" is two).
        if (count >= 3 && sentence.Words[start].Text is "La" or "El" or "Il" or "Le" or "Lo" or "Los" or "Las" or "Les" or "Gli") return true;
        for (var i = start; i < start + count; i++)
        {
            var text = sentence.Words[i].Text;
            if (MediaNameWords.Contains(text) || IsWebAddress(text) || IsRunTogetherBrand(text)) return true;
        }
        return false;
    }

    private static bool IsChannelNumber(string text) => text.Length is 1 or 2 && text.All(char.IsAsciiDigit);

    private static bool IsWebAddress(string text)
    {
        var dot = text.IndexOf('.');
        return dot > 0 && dot < text.Length - 2 && char.IsLetter(text[dot + 1]) && char.IsLetter(text[^1]);
    }

    // "SportMediaset", "TRTSpor", "FootMercato": a capital after four or more letters; not "McAllister", "DeAndre".
    private static bool IsRunTogetherBrand(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i])) return false;
            if (i >= 4 && char.IsUpper(text[i]) && char.IsLower(text[i - 1])) return true;
        }
        return false;
    }

    /// <summary>
    /// "by the journalist Julio NetoRubro-Negro Carioca has…": a reporter's name that a scraped page glued to the words
    /// after it (a link's text run into the next sentence), cut where the two meet; null when the name is not so glued.
    /// </summary>
    public static string? ReporterNameBeforeGlue(Sentence sentence, int start, int count)
    {
        if (start == 0 || sentence.LowerWords[start - 1] is not ("journalist" or "reporter" or "correspondent" or "columnist")) return null;
        for (var k = start; k < start + count; k++)
        {
            var glue = GluePoint(sentence.Words[k].Text);
            if (glue > 0) return k == start ? null : sentence.Text[sentence.Words[start].Start..(sentence.Words[k].Start + glue)];
        }
        return null;
    }

    // Where a word holds two run together: a capital right after four lower-case letters ("NetoRubro"), as in a brand
    // ("SportMediaset"), which is why only a reporter's name is read so.
    private static int GluePoint(string word)
    {
        for (var i = 4; i < word.Length; i++)
        {
            if (!char.IsLetter(word[i - 1])) return 0;
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]) && char.IsLower(word[i - 2]) && char.IsLower(word[i - 3])) return i;
        }
        return 0;
    }

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "dello", "della", "de", "di", "del", "da", "do", "la", "le", "el", "y" };

    private static readonly HashSet<string> CueBeforeLast = CuesBefore.Select(c => c[^1]).ToHashSet(StringComparer.Ordinal);

    // Where an outlet is named without being cited: an author's bio, a byline, a credit, a sponsor's name.
}
