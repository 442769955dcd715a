using System.Text.RegularExpressions;

namespace RumourBot.Reports.Text;

/// <summary>
/// A cue pattern tried only at the start of each word. When every branch of a pattern begins with <c>\b</c> and a
/// letter or digit ("\bofficially signs?\b|\b(?:has|have) joined…"), no match can start anywhere else, yet the regex
/// engine, whose first letters cover most of the alphabet, tries it at nearly every character. The same pattern
/// anchored with <c>\G</c> is tried at each word start instead, which finds the same matches in the same order. A
/// branch anchored at the text's start ("^\W*in 2019,") is tried once, there. A pattern with any other branch is run
/// as it is, so a new branch of another shape is never missed.
/// </summary>
internal sealed class WordStartPattern
{
    private readonly Regex _pattern;
    private readonly Regex? _anchored;

    // .NET 10's compiled regexes have bugs in their backtracking over bounded lazy loops (dotnet/runtime#129511,
    // #133429): on some ordinary sentences ("Alba agent quashes League in their opening three games") a match throws
    // IndexOutOfRangeException, or runs away growing its stack until it throws. The interpreter reads the same pattern
    // correctly, so a match that throws is made again by the interpreter. (A deadline on the compiled regexes would
    // also stop a runaway early, but its checks cost 5-9% of the analysis; see docs/performance.md.)
    private static readonly TimeSpan InterpretedDeadline = TimeSpan.FromSeconds(1);
    private Regex? _interpreted;
    private Regex? _interpretedAnchored;

    // At a word starting with an ASCII letter or digit only the branches that can start with it are tried: a cue
    // pattern of forty branches would otherwise try all forty at every word. Kept in the pattern's order, so the
    // first branch to match is the same one. One compiled regex per distinct set of branches, built only once the
    // pattern has been tried at a few thousand words: a one-off `analyze` does not pay for compiling them.
    private const int WordsBeforeSplitting = 2000;
    private int _wordsTried;
    private readonly List<string>? _branches;
    private readonly HashSet<char>?[]? _firstLetters;
    private readonly Regex?[] _byLetter = new Regex?[128];
    private readonly Dictionary<string, Regex> _bySubset = new(StringComparer.Ordinal);

    // The pairs of characters the branches can open with: a word opening with no such pair is passed over.
    private readonly MatchStarts? _starts;

    // The branches anchored at the text's start, tried there alone; null when the pattern has none.
    private readonly Regex? _opening;

    public WordStartPattern(Regex pattern)
    {
        _pattern = pattern;
        if ((pattern.Options & (RegexOptions.RightToLeft | RegexOptions.IgnorePatternWhitespace)) != 0) return;
        var text = pattern.ToString();
        if (BranchesStartAtWords(text))
        {
            _anchored = new Regex(@"\G(?:" + pattern + ")", pattern.Options | RegexOptions.Compiled);
            _branches = Branches(text);
        }
        else if (SplitOpening(pattern) is var (opening, atWords))
        {
            // Splitting renumbers groups, so only a pattern without capturing groups is split (as SplitOpening checks).
            _opening = new Regex("^(?:" + string.Join("|", opening) + ")", pattern.Options, InterpretedDeadline);
            _anchored = new Regex(@"\G(?:" + string.Join("|", atWords) + ")", pattern.Options | RegexOptions.Compiled);
            _branches = atWords;
        }
        else
        {
            return;
        }
        _firstLetters = _branches is null || HasCapturingGroup(text) ? null : [.. _branches.Select(b => FirstLetters(b))];
        _starts = _branches is null ? null : MatchStarts.Read(_branches);
    }

    // The branches anchored at the text's start ("^\W*in 2019,") apart from the rest, when every other one starts at a
    // word; null otherwise. A `^` means the text's start only without RegexOptions.Multiline.
    private static (List<string> Opening, List<string> AtWords)? SplitOpening(Regex pattern)
    {
        var text = pattern.ToString();
        if ((pattern.Options & RegexOptions.Multiline) != 0 || HasCapturingGroup(text) || Branches(text) is not { } branches) return null;
        var opening = branches.Where(b => b.StartsWith('^')).ToList();
        var atWords = branches.Where(b => !b.StartsWith('^')).ToList();
        if (opening.Count == 0 || atWords.Count == 0 || !atWords.All(b => BranchesStartAtWords(b))) return null;
        return (opening, atWords);
    }

    /// <summary>Whether the pattern is tried at word starts only (else it runs as it is).</summary>
    public bool AtWordStarts => _anchored is not null;

    /// <summary>Whether words that open with a pair of characters no branch opens with are passed over.</summary>
    public bool PassesOverWords => _starts is not null;

    public bool IsMatch(string text)
    {
        if (_anchored is not null) return Match(text).Success;
        try
        {
            return _pattern.IsMatch(text); // no Match object to build
        }
        catch (Exception fault) when (IsEngineFault(fault))
        {
            return Unanchored(text, 0).Success;
        }
    }

    /// <summary>The first match, or a failed one.</summary>
    public Match Match(string text)
    {
        if (_anchored is null || OpensWithMatch(text)) return Unanchored(text, 0);
        for (var at = NextWordStart(text, 0); at < text.Length; at = NextWordStart(text, at + 1))
        {
            if (_starts?.MayStartAt(text, at) == false || At(text[at]) is not { } regex) continue;
            var match = AnchoredAt(regex, text, at);
            if (match.Success) return match;
        }
        return System.Text.RegularExpressions.Match.Empty;
    }

    /// <summary>The matches, leftmost first, each after the last (what <see cref="Regex.Matches(string)"/> gives).</summary>
    public IEnumerable<Match> Matches(string text)
    {
        if (_anchored is null)
        {
            for (var match = Unanchored(text, 0); match.Success; match = Unanchored(text, match.Index + Math.Max(match.Length, 1)))
            {
                yield return match;
                if (match.Index + match.Length >= text.Length) yield break;
            }
            yield break;
        }
        var at = NextWordStart(text, 0);
        if (OpensWithMatch(text) && Unanchored(text, 0) is { Success: true } first)
        {
            yield return first;
            at = NextWordStart(text, first.Index + first.Length);
        }
        while (at < text.Length)
        {
            var match = _starts?.MayStartAt(text, at) != false && At(text[at]) is { } regex ? AnchoredAt(regex, text, at) : System.Text.RegularExpressions.Match.Empty;
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

    // Whether a branch anchored at the text's start matches there. Then the whole pattern is run from the start once,
    // so that the branches that match at the start are chosen among in the pattern's order.
    private bool OpensWithMatch(string text)
    {
        try
        {
            return _opening is not null && _opening.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false; // as Interpreted reads it: a cue missed, never a crash
        }
    }

    // The match of a compiled anchored regex at this word, or the interpreter's where the compiled one failed.
    private Match AnchoredAt(Regex regex, string text, int at)
    {
        try
        {
            return regex.Match(text, at);
        }
        catch (Exception fault) when (IsEngineFault(fault))
        {
            _interpretedAnchored ??= new Regex(@"\G(?:" + _pattern + ")", _pattern.Options & ~RegexOptions.Compiled, InterpretedDeadline);
            return Interpreted(_interpretedAnchored, text, at);
        }
    }

    // The first match from this position of a pattern that runs as it is.
    private Match Unanchored(string text, int from)
    {
        try
        {
            return _pattern.Match(text, from);
        }
        catch (Exception fault) when (IsEngineFault(fault))
        {
            _interpreted ??= new Regex(_pattern.ToString(), _pattern.Options & ~RegexOptions.Compiled, InterpretedDeadline);
            return Interpreted(_interpreted, text, from);
        }
    }

    // A pattern the interpreter cannot settle within its deadline is read as not matching: a cue missed, never a crash.
    private static Match Interpreted(Regex regex, string text, int at)
    {
        try
        {
            return regex.Match(text, at);
        }
        catch (RegexMatchTimeoutException)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
    }

    private static bool IsEngineFault(Exception fault) =>
        fault is IndexOutOfRangeException or ArgumentOutOfRangeException or RegexMatchTimeoutException;

    // The anchored regex holding only the branches that can start with this character (all of them for any other), or
    // null when no branch can: then there is nothing to try at the word.
    private Regex? At(char first)
    {
        if (_firstLetters is null || first >= 128) return _anchored!;
        if (_wordsTried < WordsBeforeSplitting)
        {
            _wordsTried++; // a race only delays the split
            return _anchored!;
        }
        var key = char.ToLowerInvariant(first);
        var regex = _byLetter[key] ??= ForLetter(key);
        return regex == NoBranch ? null : regex;
    }

    // Stands for a letter no branch starts with, once the branches are split by letter.
    private static readonly Regex NoBranch = new("(?!)");

    private Regex ForLetter(char key)
    {
        var chosen = _branches!.Where((_, i) => _firstLetters![i] is not { } letters || letters.Contains(key)).ToList();
        var subset = string.Join("|", chosen);
        lock (_bySubset)
        {
            if (!_bySubset.TryGetValue(subset, out var regex))
            {
                regex = chosen.Count == 0 ? NoBranch
                    : chosen.Count == _branches!.Count ? _anchored! : new Regex(@"\G(?:" + subset + ")", _anchored!.Options);
                _bySubset[subset] = regex;
            }
            return regex;
        }
    }

    /// <summary>
    /// The lower-case ASCII letters and digits every match of the sequence can start with, or null when that cannot be
    /// read (then the branch is tried at every word). Reads what <see cref="StartsWithLetter"/> reads: a letter or a
    /// digit, <c>\d</c>, or a group whose branches all start so, with no quantifier that could skip it.
    /// </summary>
    internal static HashSet<char>? FirstLetters(string sequence)
    {
        var at = MatchStarts.PastZeroWidth(sequence, 0);
        if (at < 0) return null;
        sequence = sequence[at..];
        if (sequence.Length == 0) return null;
        if (char.IsAsciiLetterOrDigit(sequence[0]))
            return sequence.Length == 1 || sequence[1] is not ('?' or '*' or '{') ? [char.ToLowerInvariant(sequence[0])] : null;
        if (sequence.StartsWith(@"\d", StringComparison.Ordinal))
            return sequence.Length == 2 || sequence[2] is not ('?' or '*' or '{') ? [.. "0123456789"] : null;
        if (GroupInnerStart(sequence) is not (> 0 and var innerStart)) return null;
        var close = Closing(sequence, 0);
        if (close < 0 || close + 1 < sequence.Length && sequence[close + 1] is '?' or '*' or '{') return null;
        if (Branches(sequence[innerStart..close]) is not { } inner) return null;
        var letters = new HashSet<char>();
        foreach (var branch in inner)
        {
            if (FirstLetters(branch) is not { } first) return null;
            letters.UnionWith(first);
        }
        return letters;
    }

    // Splitting a pattern into branches would renumber its groups; only patterns without capturing groups are split.
    private static bool HasCapturingGroup(string pattern) =>
        Structure(pattern, 0).Any(i => i >= 0 && pattern[i] == '(' && (i + 1 >= pattern.Length || pattern[i + 1] != '?'));

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
        var at = MatchStarts.PastZeroWidth(sequence, 0);
        if (at < 0) return false;
        sequence = sequence[at..];
        if (sequence.Length == 0) return orElse;
        if (char.IsAsciiLetterOrDigit(sequence[0])) return sequence.Length == 1 || sequence[1] is not ('?' or '*' or '{');
        if (sequence.StartsWith(@"\d", StringComparison.Ordinal)) return sequence.Length == 2 || sequence[2] is not ('?' or '*' or '{');
        if (GroupInnerStart(sequence) is not (> 0 and var innerStart)) return false;
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
        if (Branches(sequence[innerStart..close]) is not { } inner || !inner.All(b => StartsWithLetter(b, rest))) return false;
        return !optional || rest;
    }

    // Where the branches of a group opening the sequence begin: after "(?:", or after the inline options of "(?i:" and
    // "(?-i:" (a case option changes which case a letter matches, not that it is a letter); 0 for anything else.
    internal static int GroupInnerStart(string sequence) =>
        sequence.StartsWith("(?:", StringComparison.Ordinal) ? 3
        : sequence.StartsWith("(?i:", StringComparison.Ordinal) ? 4
        : sequence.StartsWith("(?-i:", StringComparison.Ordinal) ? 5
        : 0;

    // The branches of an alternation at the top level of a sequence, or null when it cannot be read.
    internal static List<string>? Branches(string sequence)
    {
        var branches = new List<string>();
        var depth = 0;
        var start = 0;
        foreach (var i in Structure(sequence, 0))
        {
            if (i < 0) return null;
            if (sequence[i] == '(') depth++;
            else if (sequence[i] == ')' && --depth < 0) return null;
            else if (sequence[i] == '|' && depth == 0)
            {
                branches.Add(sequence[start..i]);
                start = i + 1;
            }
        }
        if (depth != 0) return null;
        branches.Add(sequence[start..]);
        return branches;
    }

    // The index of the bracket that closes the one at `open`, or -1.
    internal static int Closing(string sequence, int open)
    {
        var depth = 0;
        foreach (var i in Structure(sequence, open))
        {
            if (i < 0) return -1;
            if (sequence[i] == '(') depth++;
            else if (sequence[i] == ')' && --depth == 0) return i;
        }
        return -1;
    }

    // Where the pattern's brackets and bars are, from `from` on, past escapes and character classes; -1 (then nothing
    // more) when a class is never closed.
    private static IEnumerable<int> Structure(string sequence, int from)
    {
        for (var i = from; i < sequence.Length; i++)
        {
            switch (sequence[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = ClassEnd(sequence, i);
                    if (i < 0)
                    {
                        yield return -1;
                        yield break;
                    }
                    break;
                case '(' or ')' or '|':
                    yield return i;
                    break;
            }
        }
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
