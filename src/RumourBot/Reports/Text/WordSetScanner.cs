namespace RumourBot.Reports.Text;

/// <summary>
/// Finds which of many cue words occur anywhere in a text, in one pass over it (an Aho-Corasick automaton), with the
/// matching of a case-blind ordinal search: ASCII letters match in either case, nothing else changes. Each word carries
/// bits (the lists it belongs to); <see cref="Scan"/> returns the bits of every word found. One pass for all the
/// lists replaces one vectorised search per list, which common words ("new", "reports") sent to the end of most
/// sentences again and again. Characters beyond ASCII that have no case (the curly quotes of "it’s off", "“no") are
/// read by the automaton too; only a word with a cased non-ASCII letter ("é") is searched on its own.
/// </summary>
internal sealed class WordSetScanner
{
    private readonly byte[] _classOf = new byte[128]; // an ASCII character's class; 0 is "in no word"
    private readonly char[] _caselessAbove = []; // the non-ASCII characters in words, none with a case...
    private readonly byte[] _caselessClass = []; // ...and their classes
    private readonly int _classes;
    private readonly int[] _next; // the state after reading a class: state * _classes + class
    private readonly ulong[] _found; // the bits of the words that end in a state, its suffixes' included
    private readonly ulong _always; // an empty word is found in any text
    private readonly (string Word, ulong Bits)[] _unusual; // words with a cased non-ASCII letter, searched one by one

    public WordSetScanner(IEnumerable<(string Word, ulong Bits)> words)
    {
        var list = words.ToList();
        var unusual = new List<(string, ulong)>();
        var classes = 1;
        foreach (var (word, bits) in list)
        {
            if (word.Length == 0) _always |= bits;
            if (!IsAutomatonWord(word))
            {
                unusual.Add((word, bits));
                continue;
            }
            foreach (var c in word)
            {
                if (c >= 128)
                {
                    if (Array.IndexOf(_caselessAbove, c) >= 0) continue;
                    if (classes == byte.MaxValue) throw new InvalidOperationException("Too many distinct characters in the cue words.");
                    _caselessAbove = [.. _caselessAbove, c];
                    _caselessClass = [.. _caselessClass, (byte)classes++];
                    continue;
                }
                var lower = char.ToLowerInvariant(c);
                if (_classOf[lower] != 0) continue;
                if (classes == byte.MaxValue) throw new InvalidOperationException("Too many distinct characters in the cue words.");
                _classOf[lower] = (byte)classes;
                _classOf[char.ToUpperInvariant(c)] = (byte)classes;
                classes++;
            }
        }
        _classes = classes;
        _unusual = [.. unusual];

        // The trie of the words, then each state's failure (its longest proper suffix that is a state), breadth first.
        var children = new List<int[]> { NewRow() };
        var found = new List<ulong> { 0 };
        foreach (var (word, bits) in list)
        {
            if (word.Length == 0 || !IsAutomatonWord(word)) continue;
            var state = 0;
            foreach (var c in word)
            {
                var cls = ClassOf(c);
                if (children[state][cls] < 0)
                {
                    children[state][cls] = children.Count;
                    children.Add(NewRow());
                    found.Add(0);
                }
                state = children[state][cls];
            }
            found[state] |= bits;
        }
        _next = new int[children.Count * classes];
        _found = [.. found];
        var failure = new int[children.Count];
        var queue = new Queue<int>();
        for (var cls = 0; cls < classes; cls++)
        {
            var child = children[0][cls];
            if (child > 0)
            {
                failure[child] = 0;
                queue.Enqueue(child);
            }
            _next[cls] = Math.Max(child, 0);
        }
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            _found[state] |= _found[failure[state]];
            for (var cls = 0; cls < classes; cls++)
            {
                var child = children[state][cls];
                if (child > 0)
                {
                    failure[child] = _next[failure[state] * classes + cls];
                    queue.Enqueue(child);
                    _next[state * classes + cls] = child;
                }
                else
                {
                    _next[state * classes + cls] = _next[failure[state] * classes + cls];
                }
            }
        }

        int[] NewRow()
        {
            var row = new int[classes];
            Array.Fill(row, -1);
            return row;
        }
    }

    // A case-blind ordinal search matches a character with no case only to itself, so the automaton can read it; a cased
    // non-ASCII letter matches its other case too ("é" and "É"), which the automaton's classes do not model. So may a
    // letter beyond the first plane, whose case no half of its surrogate pair shows on its own.
    private static bool IsAutomatonWord(string word)
    {
        foreach (var c in word)
        {
            if (c >= 128 && (char.IsSurrogate(c) || char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c)) return false;
        }
        return true;
    }

    private byte ClassOf(char c) => c < 128 ? _classOf[c] : ClassAbove(c);

    private byte ClassAbove(char c)
    {
        var i = Array.IndexOf(_caselessAbove, c);
        return i < 0 ? (byte)0 : _caselessClass[i];
    }

    /// <summary>The bits of every word that occurs in the text.</summary>
    public ulong Scan(ReadOnlySpan<char> text)
    {
        var found = _always;
        var state = 0;
        var next = _next;
        var ends = _found;
        var classOf = _classOf;
        var classes = _classes;
        foreach (var c in text)
        {
            state = next[state * classes + (c < 128 ? classOf[c] : ClassAbove(c))];
            found |= ends[state];
        }
        foreach (var (word, bits) in _unusual)
        {
            if ((found & bits) != bits && text.Contains(word, StringComparison.OrdinalIgnoreCase)) found |= bits;
        }
        return found;
    }
}
