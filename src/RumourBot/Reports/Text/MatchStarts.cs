namespace RumourBot.Reports.Text;

/// <summary>
/// The pairs of characters a match of a word-start pattern can open with ("officially" opens "of", "(?:has|have)"
/// opens "ha"), read from the pattern's text. A word whose first two characters open no branch cannot start a match,
/// so it is passed over without a call into the regex engine: in a sentence of thirty words a cue of a hundred
/// branches is tried at a handful. The reading errs one way only: a start it cannot read (a character class, an
/// escape, an inline option) lets every pair through from there, and any character outside ASCII is always tried.
/// </summary>
internal sealed class MatchStarts
{
    private const int Ascii = 128;
    private const int PairLength = 2;

    // Allowed[first * 128 + second], both lower-case ASCII.
    private readonly bool[] _allowed = new bool[Ascii * Ascii];

    private MatchStarts() { }

    /// <summary>The pairs the branches can open with, or null when a branch can open with anything.</summary>
    public static MatchStarts? Read(IEnumerable<string> branches)
    {
        var starts = new MatchStarts();
        foreach (var branch in branches)
        {
            foreach (var opening in Openings(branch, PairLength))
            {
                if (opening.Length == 0) return null;
                if (opening.Length == 1) Array.Fill(starts._allowed, true, opening[0] * Ascii, Ascii);
                else starts._allowed[opening[0] * Ascii + opening[1]] = true;
            }
        }
        return starts;
    }

    /// <summary>Whether a match may start at this word start (the text's character there is a letter or digit).</summary>
    public bool MayStartAt(string text, int at)
    {
        var first = text[at];
        if (first >= Ascii) return true;
        var second = at + 1 < text.Length ? text[at + 1] : ' ';
        return second >= Ascii || _allowed[char.ToLowerInvariant(first) * Ascii + char.ToLowerInvariant(second)];
    }

    /// <summary>
    /// What a match of the sequence can begin with, each opening at most <paramref name="length"/> characters long and
    /// lower-case; a shorter one means anything may follow it. Reads literal letters, digits, spaces and hyphens,
    /// <c>\d</c>, <c>\b</c>, lookarounds (which match nothing) and groups with or without a quantifier.
    /// </summary>
    internal static IEnumerable<string> Openings(string sequence, int length)
    {
        if (length == 0)
        {
            yield return "";
            yield break;
        }
        var at = PastZeroWidth(sequence, 0);
        if (at < 0 || at >= sequence.Length)
        {
            yield return ""; // the match may end here, or what comes cannot be read: anything may follow
            yield break;
        }
        var c = sequence[at];
        if (c == '(')
        {
            foreach (var opening in GroupOpenings(sequence, at, length)) yield return opening;
            yield break;
        }
        string letters;
        int atomEnd;
        if (char.IsAsciiLetterOrDigit(c) || c is ' ' or '-') (letters, atomEnd) = (char.ToLowerInvariant(c).ToString(), at + 1);
        else if (sequence.AsSpan(at).StartsWith(@"\d")) (letters, atomEnd) = ("0123456789", at + 2);
        else
        {
            yield return "";
            yield break;
        }
        var quantifier = atomEnd < sequence.Length ? sequence[atomEnd] : '\0';
        if (quantifier is '*' or '{')
        {
            yield return "";
            yield break;
        }
        if (quantifier == '+')
        {
            foreach (var letter in letters) yield return letter.ToString();
            yield break;
        }
        var rest = quantifier == '?' ? AfterQuantifier(sequence, atomEnd) : atomEnd;
        foreach (var letter in letters)
        {
            foreach (var opening in Openings(sequence[rest..], length - 1)) yield return letter + opening;
        }
        if (quantifier == '?')
        {
            foreach (var opening in Openings(sequence[rest..], length)) yield return opening;
        }
    }

    // A group at `open`: each of its branches followed by what comes after it, and what comes after alone when the
    // group may be skipped.
    private static IEnumerable<string> GroupOpenings(string sequence, int open, int length)
    {
        var close = WordStartPattern.Closing(sequence, open);
        var innerStart = InnerStart(sequence, open);
        if (close < 0 || innerStart < 0 || WordStartPattern.Branches(sequence[innerStart..close]) is not { } branches)
        {
            yield return "";
            yield break;
        }
        var quantifier = close + 1 < sequence.Length ? sequence[close + 1] : '\0';
        var rest = quantifier is '?' or '*' or '+' or '{' ? AfterQuantifier(sequence, close + 1) : close + 1;
        if (rest < 0)
        {
            yield return "";
            yield break;
        }
        foreach (var branch in branches)
        {
            // Repeated: a branch's own openings, anything after it. Once: the branch, then the rest of the sequence.
            var followed = quantifier is '*' or '+' or '{' ? branch : branch + sequence[rest..];
            foreach (var opening in Openings(followed, length)) yield return opening;
        }
        if (quantifier is '?' or '*' or '{')
        {
            foreach (var opening in Openings(sequence[rest..], length)) yield return opening;
        }
    }

    // Where the branches of the group opened at `open` begin: after "(", "(?:" or a named group's "(?<name>"; -1 for
    // any other construct (inline options, conditionals), which is not read.
    private static int InnerStart(string sequence, int open)
    {
        if (open + 1 >= sequence.Length || sequence[open + 1] != '?') return open + 1;
        if (sequence.AsSpan(open).StartsWith("(?:")) return open + 3;
        if (sequence.AsSpan(open).StartsWith("(?<") && open + 3 < sequence.Length && char.IsAsciiLetter(sequence[open + 3]))
        {
            var end = sequence.IndexOf('>', open);
            return end < 0 ? -1 : end + 1;
        }
        return -1;
    }

    // Past "\b" and lookarounds, which match no character; -1 when a lookaround is never closed.
    private static int PastZeroWidth(string sequence, int at)
    {
        while (at < sequence.Length)
        {
            if (sequence.AsSpan(at).StartsWith(@"\b")) at += 2;
            else if (sequence.AsSpan(at).StartsWith("(?=") || sequence.AsSpan(at).StartsWith("(?!")
                     || sequence.AsSpan(at).StartsWith("(?<=") || sequence.AsSpan(at).StartsWith("(?<!"))
            {
                var close = WordStartPattern.Closing(sequence, at);
                if (close < 0) return -1;
                at = close + 1;
            }
            else break;
        }
        return at;
    }

    // The index after a quantifier that starts at `at` ("?", "*", "+", "{m,n}", each maybe lazy), or -1.
    private static int AfterQuantifier(string sequence, int at)
    {
        var end = at + 1;
        if (sequence[at] == '{')
        {
            end = sequence.IndexOf('}', at) + 1;
            if (end == 0) return -1;
        }
        return end < sequence.Length && sequence[end] == '?' ? end + 1 : end;
    }
}
