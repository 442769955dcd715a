namespace RumourBot.Reports.Text;

/// <summary>
/// The first three characters a match of a word-start pattern can open with ("officially" opens "off", "(?:has|have)"
/// opens "has" and "hav"), read from the pattern's text. A word whose first three characters open no branch cannot
/// start a match, so it is passed over without a call into the regex engine: in a sentence of thirty words a cue of a
/// hundred branches is tried at a handful. Three characters tell "the" from "they" and "this", which two could not.
/// The reading errs one way only: a start it cannot read (a character class, an escape, an inline option other than
/// case) lets every opening through from there, and any character outside ASCII is always tried.
/// </summary>
internal sealed class MatchStarts
{
    private const int OpeningLength = 3;

    // Characters are read as one of these codes: a-z, 0-9, space, hyphen, and any other ASCII character, which no
    // opening holds. Past the text's end reads as a space.
    private const int Codes = 39;
    private const int Other = 38;

    // One bit per opening of three codes.
    private readonly ulong[] _allowed = new ulong[(Codes * Codes * Codes + 63) / 64];

    private MatchStarts() { }

    /// <summary>The openings the branches can start with, or null when a branch can open with anything.</summary>
    public static MatchStarts? Read(IEnumerable<string> branches)
    {
        var starts = new MatchStarts();
        foreach (var branch in branches)
        {
            foreach (var opening in Openings(branch, OpeningLength))
            {
                if (opening.Length == 0) return null;
                starts.Allow(opening);
            }
        }
        return starts;
    }

    // An opening shorter than three characters may be followed by anything, the text's end included.
    private void Allow(string opening)
    {
        var first = Code(opening[0]);
        for (var second = 0; second < Codes; second++)
        {
            if (opening.Length > 1 && second != Code(opening[1])) continue;
            for (var third = 0; third < Codes; third++)
            {
                if (opening.Length > 2 && third != Code(opening[2])) continue;
                var bit = (first * Codes + second) * Codes + third;
                _allowed[bit >> 6] |= 1UL << bit;
            }
        }
    }

    /// <summary>Whether a match may start at this word start (the text's character there is a letter or digit).</summary>
    public bool MayStartAt(string text, int at)
    {
        var bit = 0;
        for (var k = 0; k < OpeningLength; k++)
        {
            var c = at + k < text.Length ? text[at + k] : ' ';
            if (c >= 128) return true;
            bit = bit * Codes + Code(c);
        }
        return (_allowed[bit >> 6] & 1UL << bit) != 0;
    }

    private static int Code(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= 'A' and <= 'Z' => c - 'A',
        >= '0' and <= '9' => 26 + c - '0',
        ' ' => 36,
        '-' => 37,
        _ => Other,
    };

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

    // Where the branches of the group opened at `open` begin: after "(", "(?:", a case option's "(?i:" or "(?-i:"
    // (openings are read case-blind anyway) or a named group's "(?<name>"; -1 for any other construct (other inline
    // options, conditionals), which is not read.
    private static int InnerStart(string sequence, int open)
    {
        if (open + 1 >= sequence.Length || sequence[open + 1] != '?') return open + 1;
        if (WordStartPattern.GroupInnerStart(sequence[open..]) is > 0 and var inner) return open + inner;
        if (sequence.AsSpan(open).StartsWith("(?<") && open + 3 < sequence.Length && char.IsAsciiLetter(sequence[open + 3]))
        {
            var end = sequence.IndexOf('>', open);
            return end < 0 ? -1 : end + 1;
        }
        return -1;
    }

    // Past "\b" and lookarounds, which match no character; -1 when a lookaround is never closed.
    internal static int PastZeroWidth(string sequence, int at)
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
