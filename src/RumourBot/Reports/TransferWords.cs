using RumourBot.Reports.Text;

namespace RumourBot.Reports;

/// <summary>
/// Words that show a sentence talks about a transfer ("sign", "bid", "move", "want", "approached"…), found by
/// looking each word up rather than by a regular expression, since this runs on every sentence.
/// </summary>
internal static class TransferWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "sign", "signs", "signed", "signing", "signature", "move", "moves", "deal", "bid", "bids", "offer", "offers",
        "transfer", "want", "wants", "wanted", "swoop", "switch", "list", "keen", "chase", "chasing", "eyeing", "eyes",
        "fee", "contract", "extension", "medical", "talks", "deny", "denied", "denies", "sell", "sale", "buy", "buying", "sells", "selling",
        "purchase", "add", "capture", "captured", "arrival", "exit", "leave", "leaves", "leaving", "stay",
        // The same talk in other words: "submitted a proposal", "sold him", "lodged", "a raid", "his suitors".
        "proposal", "proposals", "sold", "bought", "tabled", "lodged", "submitted", "raid", "poach", "poached", "lure",
        "hijack", "valuation", "suitor", "suitors", "homecoming", "reunion", "pre-contract", "signings", "transfers",
        "arrive", "arrives", "arrived", "sanction", "sanctioned", "radar", "contact", "tracking", "tracked", "buy-back", "buyback",
        // "is set to rejoin Universidad San Martin": a move back to a former club.
        "rejoin", "rejoins", "rejoined", "rejoining", "re-join", "re-joins", "re-joined", "re-joining",
    };

    private static readonly string[] Stems =
    [
        "approach", "target", "interest", "pursu", "join", "loan", "renew", "negotiat", "enquir", "agree", "reject",
        "rebuff", "snub", "acquir", "recruit", "replace", "consider", "depart", "complet", "official", "announc",
        "unveil", "dismiss", "link", "switch", "swap", "free agent", "release", "monitor", "scout", "discuss", "snap",
    ];

    // "turned down", "here we go", "pen to paper", "given permission to talk to Norwich", "close in on Kewell".
    private static readonly (string First, string Second)[] Pairs = [("turned", "down"), ("here", "we"), ("pen", "to"), ("permission", "to"), ("close", "in"), ("closing", "in"), ("closes", "in")];

    // "is set to return to Universidad San Martin": a return to a name, not "to the starting line-up" or "to action".
    private static bool ReturnsToANamedPlace(IReadOnlyList<Word> words, string[] lower, int i) =>
        lower[i] is "return" or "returns" or "returning" or "returned" && i + 2 < lower.Length && lower[i + 1] == "to" && words[i + 2].IsCapitalised;

    // The same words for the sentence's lower-cased words, which every sentence has: an ordinal look-up is the cheaper one.
    // (The one difference: the Kelvin sign, which Sentence lowers to "k", now reads as a "k"; a case-blind search did not.)
    private static readonly HashSet<string> LowerCaseWords = new(Words.Select(word => word.ToLowerInvariant()), StringComparer.Ordinal);

    /// <summary>Whether the word alone is transfer talk ("signs", "loan", "talks").</summary>
    public static bool IsTransferWord(string word) => Words.Contains(word) || StartsWithStem(word);

    public static int[] Find(Sentence sentence)
    {
        List<int>? found = null;
        var words = sentence.Words;
        var lower = sentence.LowerWords;
        for (var i = 0; i < lower.Length; i++)
        {
            var word = lower[i];
            if (LowerCaseWords.Contains(word) || StartsWithStem(word) || IsPair(lower, i) || ReturnsToANamedPlace(words, lower, i) || BecomesTheirPlayer(words, lower, i))
            {
                (found ??= []).Add(words[i].Start);
            }
        }
        return found?.ToArray() ?? [];
    }

    // Every word of every sentence is tried: one starting with an ASCII letter is compared only with the stems starting
    // with that letter (the stems are lower-case ASCII, so no other can match it); any other word with them all.
    private static readonly string[][] StemsByLetter = [.. Enumerable.Range(0, 128).Select(c => Stems.Where(stem => stem[0] == c).ToArray())];

    private static bool StartsWithStem(string word)
    {
        var stems = word.Length > 0 && char.IsAsciiLetter(word[0]) ? StemsByLetter[char.ToLowerInvariant(word[0])] : Stems;
        foreach (var stem in stems)
        {
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // "Alex Vigo became a River player": joining told as what he now is.
    private static bool BecomesTheirPlayer(IReadOnlyList<Word> words, string[] lower, int i)
    {
        if (lower[i] is not ("became" or "becomes") || i + 2 >= lower.Length || lower[i + 1] is not ("a" or "an")) return false;
        for (var j = i + 2; j < Math.Min(lower.Length, i + 6); j++)
        {
            if (lower[j] == "player") return j > i + 2 && words[i + 2].IsCapitalised;
        }
        return false;
    }

    private static bool IsPair(string[] lower, int i)
    {
        if (i + 1 >= lower.Length) return false;
        foreach (var (first, second) in Pairs)
        {
            if (lower[i] == first && lower[i + 1] == second) return true;
        }
        return false;
    }
}
