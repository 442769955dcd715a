namespace RumourBot.Reports;

/// <summary>
/// A MinHash signature of an article's word triples: two articles that share most of their sentences (one outlet
/// lightly rewriting another) agree on most of the signature, whatever their length.
/// </summary>
public static class TextFingerprint
{
    public const int Size = 64;

    /// <summary>Above this share of agreeing slots two articles are the same story.</summary>
    public const double NearDuplicateThreshold = 0.3;

    public static int[] Compute(string text)
    {
        var signature = new uint[Size];
        Array.Fill(signature, uint.MaxValue);
        var words = Text.WordSplitter.Split(text);
        for (var i = 0; i + 2 < words.Count; i++)
        {
            var shingle = Hash(words[i].Text, Hash(words[i + 1].Text, Hash(words[i + 2].Text, 14695981039346656037UL)));
            var low = (uint)shingle;
            var high = (uint)(shingle >> 32) | 1;
            for (var slot = 0; slot < Size; slot++)
            {
                // Double hashing gives Size independent-enough hash functions from one 64-bit hash.
                var value = low + (uint)slot * high;
                if (value < signature[slot]) signature[slot] = value;
            }
        }
        return Array.ConvertAll(signature, v => unchecked((int)v));
    }

    // FNV-1a over the word's lower-cased characters, chained through the triple.
    private static ulong Hash(string word, ulong hash)
    {
        foreach (var c in word)
        {
            hash ^= char.ToLowerInvariant(c);
            hash *= 1099511628211UL;
        }
        return (hash ^ ' ') * 1099511628211UL;
    }

    /// <summary>The estimated Jaccard similarity of the two articles' word triples, 0 to 1.</summary>
    public static double Similarity(IReadOnlyList<int> first, IReadOnlyList<int> second)
    {
        if (first.Count != Size || second.Count != Size) return 0;
        var same = 0;
        for (var i = 0; i < Size; i++) if (first[i] == second[i] && first[i] != -1) same++;
        return same / (double)Size;
    }

    public static bool AreNearDuplicates(IReadOnlyList<int> first, IReadOnlyList<int> second) =>
        Similarity(first, second) >= NearDuplicateThreshold;
}
