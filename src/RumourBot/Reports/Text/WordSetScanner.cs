namespace RumourBot.Reports.Text;

/// <summary>
/// Finds which of many cue words occur anywhere in a text, in one pass over it (an Aho-Corasick automaton), with the
/// matching of a case-blind ordinal search: ASCII letters match in either case, nothing else changes. Each word carries
/// bits (the lists it belongs to); <see cref="Scan"/> returns the bits of every word found. One pass for all the
/// lists replaces one vectorised search per list, which common words ("new", "reports") sent to the end of most
/// sentences again and again.
/// </summary>
internal sealed class WordSetScanner
{
    private readonly byte[] _classOf = new byte[128]; // an ASCII character's class; 0 is "in no word"
    private readonly int _classes;
    private readonly int[] _next; // the state after reading a class: state * _classes + class
    private readonly ulong[] _found; // the bits of the words that end in a state, its suffixes' included
    private readonly ulong _always; // an empty word is found in any text
    private readonly (string Word, ulong Bits)[] _unusual; // words with non-ASCII characters, searched one by one

    public WordSetScanner(IEnumerable<(string Word, ulong Bits)> words)
    {
        var list = words.ToList();
        var unusual = new List<(string, ulong)>();
        var classes = 1;
        foreach (var (word, bits) in list)
        {
            if (word.Length == 0) _always |= bits;
            if (!System.Text.Ascii.IsValid(word))
            {
                unusual.Add((word, bits));
                continue;
            }
            foreach (var c in word)
            {
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
            if (word.Length == 0 || !System.Text.Ascii.IsValid(word)) continue;
            var state = 0;
            foreach (var c in word)
            {
                var cls = _classOf[c];
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
            state = next[state * classes + (c < 128 ? classOf[c] : 0)];
            found |= ends[state];
        }
        foreach (var (word, bits) in _unusual)
        {
            if ((found & bits) != bits && text.Contains(word, StringComparison.OrdinalIgnoreCase)) found |= bits;
        }
        return found;
    }
}
