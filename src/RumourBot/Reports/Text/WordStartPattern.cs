using System.Text.RegularExpressions;

namespace RumourBot.Reports.Text;

/// <summary>
/// A cue pattern tried only at the start of each word. When every branch of a pattern begins with <c>\b</c> and a
/// letter or digit ("\bofficially signs?\b|\b(?:has|have) joined…"), no match can start anywhere else, yet the regex
/// engine, whose first letters cover most of the alphabet, tries it at nearly every character. The same pattern
/// anchored with <c>\G</c> is tried at each word start instead, which finds the same matches in the same order. A
/// pattern with any other branch is run as it is, so a new branch of another shape is never missed.
/// </summary>
internal sealed class WordStartPattern
{
    private readonly Regex _pattern;
    private readonly Regex? _anchored;

    public WordStartPattern(Regex pattern)
    {
        _pattern = pattern;
        if ((pattern.Options & (RegexOptions.RightToLeft | RegexOptions.IgnorePatternWhitespace)) == 0 && BranchesStartAtWords(pattern.ToString()))
            _anchored = new Regex(@"\G(?:" + pattern + ")", pattern.Options | RegexOptions.Compiled);
    }

    /// <summary>Whether the pattern is tried at word starts only (else it runs as it is).</summary>
    public bool AtWordStarts => _anchored is not null;

    public bool IsMatch(string text) => _anchored is null ? _pattern.IsMatch(text) : Match(text).Success;

    /// <summary>The first match, or a failed one.</summary>
    public Match Match(string text)
    {
        if (_anchored is null) return _pattern.Match(text);
        for (var at = NextWordStart(text, 0); at < text.Length; at = NextWordStart(text, at + 1))
        {
            var match = _anchored.Match(text, at);
            if (match.Success) return match;
        }
        return System.Text.RegularExpressions.Match.Empty;
    }

    /// <summary>The matches, leftmost first, each after the last (what <see cref="Regex.Matches(string)"/> gives).</summary>
    public IEnumerable<Match> Matches(string text)
    {
        if (_anchored is null)
        {
            foreach (Match match in _pattern.Matches(text)) yield return match;
            yield break;
        }
        var at = NextWordStart(text, 0);
        while (at < text.Length)
        {
            var match = _anchored.Match(text, at);
            if (match.Success)
            {
                yield return match;
                // A match is never empty (it starts with a letter), so the next one starts at or after its end.
                at = NextWordStart(text, match.Index + match.Length);
            }
            else
            {
                at = NextWordStart(text, at + 1);
            }
        }
    }

    // A letter or digit with no letter or digit before it: every place "\b" then a letter or digit can match (and a
    // few more).
    private static int NextWordStart(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))) return i;
        }
        return text.Length;
    }

    /// <summary>Whether every top-level branch is <c>\b</c> followed by something that always starts with a letter or digit.</summary>
    internal static bool BranchesStartAtWords(string pattern) =>
        Branches(pattern) is { } branches && branches.All(b => b.StartsWith(@"\b", StringComparison.Ordinal) && StartsWithLetter(b[2..], false));

    // Whether every way of matching the sequence starts with a letter or digit (a letter, a digit, \d); `orElse` is the
    // answer when it can match nothing.
    private static bool StartsWithLetter(string sequence, bool orElse)
    {
        if (sequence.Length == 0) return orElse;
        if (sequence.StartsWith(@"\b", StringComparison.Ordinal)) return StartsWithLetter(sequence[2..], orElse);
        if (char.IsAsciiLetterOrDigit(sequence[0])) return sequence.Length == 1 || sequence[1] is not ('?' or '*' or '{');
        if (sequence.StartsWith(@"\d", StringComparison.Ordinal)) return sequence.Length == 2 || sequence[2] is not ('?' or '*' or '{');
        if (!sequence.StartsWith("(?:", StringComparison.Ordinal)) return false;
        var close = Closing(sequence, 0);
        if (close < 0) return false;
        var after = close + 1;
        var optional = false;
        if (after < sequence.Length && sequence[after] is '?' or '*')
        {
            optional = true;
            after++;
        }
        else if (after < sequence.Length && sequence[after] == '+')
        {
            after++;
        }
        else if (after < sequence.Length && sequence[after] == '{')
        {
            return false; // counted repeats: not worth reading
        }
        if (after < sequence.Length && sequence[after] == '?') after++; // lazy
        var rest = StartsWithLetter(sequence[after..], orElse);
        if (Branches(sequence[3..close]) is not { } inner || !inner.All(b => StartsWithLetter(b, rest))) return false;
        return !optional || rest;
    }

    // The branches of an alternation at the top level of a sequence, or null when it cannot be read.
    private static List<string>? Branches(string sequence)
    {
        var branches = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < sequence.Length; i++)
        {
            switch (sequence[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = ClassEnd(sequence, i);
                    if (i < 0) return null;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth < 0) return null;
                    break;
                case '|' when depth == 0:
                    branches.Add(sequence[start..i]);
                    start = i + 1;
                    break;
            }
        }
        if (depth != 0) return null;
        branches.Add(sequence[start..]);
        return branches;
    }

    // The index of the bracket that closes the one at `open`, or -1.
    private static int Closing(string sequence, int open)
    {
        var depth = 0;
        for (var i = open; i < sequence.Length; i++)
        {
            switch (sequence[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = ClassEnd(sequence, i);
                    if (i < 0) return -1;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth == 0) return i;
                    break;
            }
        }
        return -1;
    }

    // The index of the ']' that ends the character class opened at `open`, or -1.
    private static int ClassEnd(string sequence, int open)
    {
        var i = open + 1;
        if (i < sequence.Length && sequence[i] == '^') i++;
        if (i < sequence.Length && sequence[i] == ']') i++; // a ']' first is a member
        for (; i < sequence.Length; i++)
        {
            if (sequence[i] == '\\') i++;
            else if (sequence[i] == ']') return i;
        }
        return -1;
    }
}
