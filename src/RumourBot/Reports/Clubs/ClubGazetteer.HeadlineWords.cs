using RumourBot.Reports.Text;

namespace RumourBot.Reports.Clubs;

// How a headline's words are read before its clubs are looked up: a headline written as a lower-case slug (from a
// page's address) is capitalised word by word, except the club names that are also everyday words; a word in capitals
// ("ARSENAL") is read in title case.
public sealed partial class ClubGazetteer
{
    private static bool IsSlug(string text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c)) return false;
        }
        return true;
    }

    private static List<Word> Capitalised(IReadOnlyList<Word> words) =>
        words.Select(w => w.Text.Length > 0 ? w with { Text = char.ToUpperInvariant(w.Text[0]) + w.Text[1..] } : w).ToList();

    // Club names that are also everyday words, which a lower-case headline cannot tell apart.
    private static readonly HashSet<string> EverydayWords = new(StringComparer.Ordinal)
    {
        "united", "city", "town", "county", "real", "forest", "villa", "wolves", "saints", "spurs", "star", "stars", "athletic",
        "sporting", "national", "club", "sport", "football", "soccer", "rovers", "wanderers", "albion", "olympic", "olympique",
        "racing", "union", "nacional", "international", "independiente", "universidad", "dynamo", "lions", "eagles",
        "bees", "hornets", "potters", "blues", "reds", "whites", "magpies", "gunners", "hammers", "cherries",
        "seagulls", "clarets", "baggies", "canaries", "foxes", "owls", "toffees", "villans", "tigers", "robins", "rams",
        "boro", "latest", "news", "transfer", "deal", "loan", "bid", "offer", "signs", "sign", "free", "gold", "galaxy",
        "fire", "sun", "dragons", "warriors", "pirates", "chiefs", "arrows", "rockets", "jets", "victory", "heart", "young",
        "boys", "grasshoppers",
    };

    // A club's name at this word of a slug once the possessive "s" the slug glued on is taken off its last word
    // ("barcelonas", "man uniteds"); the other words of the name must be as written.
    private PhraseMatch<Club[]>? SlugPossessive(List<Word> slug, int at, ref List<Word>? unglued)
    {
        unglued ??= slug.Select(w => GluedPossessive(w.Text) ? w with { Text = w.Text[..^1] } : w).ToList();
        if (_names.MatchAt(unglued, at) is not { } match) return null;
        var last = match.EndWordIndex - 1;
        if (!GluedPossessive(slug[last].Text) || (match.WordCount == 1 && EverydayWords.Contains(unglued[last].Text.ToLowerInvariant()))) return null;
        for (var k = at; k < last; k++)
        {
            if (GluedPossessive(slug[k].Text)) return null;
        }
        return match;
    }

    private static bool GluedPossessive(string word) => word.Length > 4 && word[^1] == 's' && word[^2] != 's';

    private static bool IsShouted(Word word)
    {
        if (word.Text.Length < 4 || !char.IsUpper(word.Text[0]) || !char.IsUpper(word.Text[1])) return false;
        foreach (var c in word.Text)
        {
            if (char.IsLower(c)) return false;
        }
        return true;
    }

    private static List<Word> TitleCased(IReadOnlyList<Word> words) =>
        words.Select(w => IsShouted(w) ? w with { Text = w.Text[0] + w.Text[1..].ToLowerInvariant() } : w).ToList();
}
