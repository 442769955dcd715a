using System.Globalization;

namespace RumourBot.Reports.Clubs;

/// <summary>
/// Weighted cue phrases ("move to=3": "move to" weighs 3; a bare phrase weighs 2), indexed by their first and
/// last word so that finding one where a sentence's words start or end costs a dictionary look-up.
/// </summary>
internal sealed class PhraseTable
{
    private readonly Dictionary<string, (string[] Words, double Weight)[]> _byFirst;
    private readonly Dictionary<string, (string[] Words, double Weight)[]> _byLast;

    public PhraseTable(params string[] phrases)
    {
        var parsed = phrases.Select(p => p.Split('='))
            .Select(p => (Words: p[0].Split(' '), Weight: p.Length > 1 ? double.Parse(p[1], CultureInfo.InvariantCulture) : 2.0))
            .OrderByDescending(p => p.Words.Length) // longer phrases first: "want to keep" before "want"
            .ToList();
        _byFirst = parsed.GroupBy(p => p.Words[0]).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byLast = parsed.GroupBy(p => p.Words[^1]).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The first offset at which a phrase starts, its weight and length; offset -1 when none does.</summary>
    public (int Offset, double Weight, int Length) FirstAt(ReadOnlySpan<string> words, int maxOffset = int.MaxValue)
    {
        for (var offset = 0; offset < words.Length && offset <= maxOffset; offset++)
        {
            if (!_byFirst.TryGetValue(words[offset], out var candidates)) continue;
            foreach (var (phrase, weight) in candidates)
            {
                if (Matches(words, offset, phrase)) return (offset, weight, phrase.Length);
            }
        }
        return (-1, 0, 0);
    }

    /// <summary>The longest phrase the words end with: its length in words (0 when none) and its weight.</summary>
    public (int Length, double Weight) EndOf(ReadOnlySpan<string> words)
    {
        if (words.Length == 0 || !_byLast.TryGetValue(words[^1], out var candidates)) return (0, 0);
        foreach (var (phrase, weight) in candidates)
        {
            var start = words.Length - phrase.Length;
            if (start >= 0 && Matches(words, start, phrase)) return (phrase.Length, weight);
        }
        return (0, 0);
    }

    private static bool Matches(ReadOnlySpan<string> words, int offset, string[] phrase)
    {
        if (offset + phrase.Length > words.Length) return false;
        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(words[offset + k], phrase[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
