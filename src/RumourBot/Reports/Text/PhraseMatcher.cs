namespace RumourBot.Reports.Text;

/// <summary>
/// Finds known multi-word phrases in a sentence's words, longest match first. Phrases are indexed by their
/// first word, so matching costs one dictionary look-up per word however many phrases there are.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<(string[] Words, bool[] Possessive, T Value)>> _byFirstWord;
    private readonly StringComparer _comparer;
    // ASCII first letters some phrase can start with: most words of a sentence are turned away without hashing them.
    private readonly bool[] _asciiFirst = new bool[128];

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases, StringComparer comparer)
    {
        _byFirstWord = new Dictionary<string, List<(string[], bool[], T)>>(comparer);
        _comparer = comparer;
        foreach (var (phrase, value) in phrases)
        {
            var split = WordSplitter.Split(phrase);
            if (split.Count == 0) continue;
            var words = split.Select(w => w.Text).ToArray();
            if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = [];
            list.Add((words, split.Select(w => w.IsPossessive).ToArray(), value));
        }
        var ignoreCase = !ReferenceEquals(comparer, StringComparer.Ordinal);
        foreach (var first in _byFirstWord.Keys)
        {
            // Under a case-blind comparer a letter outside ASCII can equal one inside ("ı" and "I"): then no filter.
            if (first.Length == 0 || first[0] >= 128) { if (ignoreCase) Array.Fill(_asciiFirst, true); continue; }
            _asciiFirst[first[0]] = true;
            if (ignoreCase) { _asciiFirst[char.ToLowerInvariant(first[0])] = true; _asciiFirst[char.ToUpperInvariant(first[0])] = true; }
        }
        if (ignoreCase && !ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase)) Array.Fill(_asciiFirst, true);
        foreach (var list in _byFirstWord.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>Every non-overlapping match in the words, left to right.</summary>
    public IEnumerable<PhraseMatch<T>> FindAll(IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var match = MatchAt(words, i);
            if (match is null) continue;
            yield return match.Value;
            i += match.Value.WordCount - 1;
        }
    }

    public PhraseMatch<T>? MatchAt(IReadOnlyList<Word> words, int index)
    {
        var text = words[index].Text;
        if (text.Length > 0 && text[0] < 128 && !_asciiFirst[text[0]]) return null;
        if (!_byFirstWord.TryGetValue(text, out var candidates)) return null;
        foreach (var (phraseWords, possessive, value) in candidates)
        {
            if (index + phraseWords.Length > words.Count) continue;
            var matches = true;
            for (var k = 1; k < phraseWords.Length && matches; k++)
            {
                // "Real's Madrid" is not "Real Madrid"; "Queen's Park" is "Queen's Park".
                matches = _comparer.Equals(words[index + k].Text, phraseWords[k])
                    && words[index + k - 1].IsPossessive == possessive[k - 1];
            }
            if (matches) return new PhraseMatch<T>(index, phraseWords.Length, value);
        }
        return null;
    }
}

/// <summary>A phrase found at <see cref="WordIndex"/>, spanning <see cref="WordCount"/> words.</summary>
public readonly record struct PhraseMatch<T>(int WordIndex, int WordCount, T Value)
{
    public int EndWordIndex => WordIndex + WordCount;
}
