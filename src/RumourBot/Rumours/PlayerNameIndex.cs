namespace RumourBot.Rumours;

/// <summary>
/// The players of every rumour, in memory, for autocomplete: a keystroke is a binary search over the start of each
/// word of every name, not a read of every rumour from the database. Filled from the database on first use and
/// kept up to date by the importer (<see cref="Note"/>). Names matching from their first word come first, then
/// those matching at a later word ("arnold" finds Trent Alexander-Arnold), each most recently seen first.
/// </summary>
public sealed class PlayerNameIndex(Func<IEnumerable<(string Player, DateTimeOffset LastSeen)>> load)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Player> _byKey = new(StringComparer.Ordinal);

    // Every word start of every name ("trent alexander-arnold", "alexander-arnold", "arnold"), in ordinal order.
    private readonly List<(string Words, Player Player)> _words = [];
    private readonly SortedSet<Player> _recent = new(Player.MostRecentFirst);
    private bool _loaded;

    // Marks the players one search has met (a name can match at two of its words), without a set per keystroke.
    private int _search;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                Load();
                return _byKey.Count;
            }
        }
    }

    /// <summary>A rumour about this player was stored or changed; he was last seen then.</summary>
    public void Note(string player, DateTimeOffset lastSeen)
    {
        lock (_lock)
        {
            if (!_loaded) return; // the first use reads the database, this change included
            Add(player, lastSeen);
        }
    }

    /// <summary>Up to <paramref name="max"/> player names with a word starting with what was typed.</summary>
    public IReadOnlyList<string> Find(string typed, int max)
    {
        var key = RumourKey.Normalise(typed);
        lock (_lock)
        {
            Load();
            if (key.Length == 0) return _recent.Take(max).Select(p => p.Name).ToList();
            if (max <= 0) return [];
            var search = ++_search;
            var best = new PriorityQueue<Player, (bool, DateTimeOffset)>(max + 1, Rank.Instance);
            for (var i = LowerBound(key); i < _words.Count && _words[i].Words.StartsWith(key, StringComparison.Ordinal); i++)
            {
                var player = _words[i].Player;
                if (player.Search == search) continue;
                player.Search = search;
                var rank = (player.Key.StartsWith(key, StringComparison.Ordinal), player.LastSeen);
                // Once max are kept, most names rank below the weakest of them: one comparison, no queue work.
                if (best.Count == max && best.TryPeek(out _, out var weakest) && Rank.Instance.Compare(rank, weakest) <= 0) continue;
                best.Enqueue(player, rank);
                if (best.Count > max) best.Dequeue(); // the weakest goes
            }
            var found = new List<Player>(best.Count);
            while (best.TryDequeue(out var player, out _)) found.Add(player);
            found.Reverse();
            return found.Select(p => p.Name).ToList();
        }
    }

    // Call holding _lock.
    private void Load()
    {
        if (_loaded) return;
        foreach (var (player, lastSeen) in load()) Add(player, lastSeen);
        _loaded = true;
    }

    // Call holding _lock.
    private void Add(string name, DateTimeOffset lastSeen)
    {
        var key = RumourKey.Normalise(name);
        if (key.Length == 0) return;
        if (_byKey.TryGetValue(key, out var known))
        {
            if (lastSeen <= known.LastSeen) return;
            _recent.Remove(known);
            known.LastSeen = lastSeen;
            known.Name = name; // the spelling of the latest report
            _recent.Add(known);
            return;
        }
        var player = new Player(key, name, lastSeen);
        _byKey[key] = player;
        _recent.Add(player);
        for (var start = 0; start < key.Length; start++)
        {
            if (start > 0 && char.IsLetterOrDigit(key[start - 1])) continue;
            if (!char.IsLetterOrDigit(key[start])) continue;
            var words = key[start..];
            var at = LowerBound(words);
            _words.Insert(at, (words, player));
        }
    }

    // The first entry not before `key`, in ordinal order.
    private int LowerBound(string key)
    {
        var (low, high) = (0, _words.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(_words[middle].Words, key) < 0) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    private sealed class Player(string key, string name, DateTimeOffset lastSeen)
    {
        public static readonly IComparer<Player> MostRecentFirst = Comparer<Player>.Create((a, b) =>
            b.LastSeen.CompareTo(a.LastSeen) is var byTime and not 0 ? byTime : string.CompareOrdinal(a.Key, b.Key));

        public string Key { get; } = key;
        public string Name { get; set; } = name;
        public DateTimeOffset LastSeen { get; set; } = lastSeen;

        /// <summary>The last search that met this player (see <c>_search</c>).</summary>
        public int Search { get; set; }
    }

    // The priority queue dequeues its smallest first: a later-word match before a first-word one, older before newer.
    private sealed class Rank : IComparer<(bool FromFirstWord, DateTimeOffset LastSeen)>
    {
        public static readonly Rank Instance = new();

        public int Compare((bool FromFirstWord, DateTimeOffset LastSeen) x, (bool FromFirstWord, DateTimeOffset LastSeen) y) =>
            x.FromFirstWord != y.FromFirstWord ? x.FromFirstWord.CompareTo(y.FromFirstWord) : x.LastSeen.CompareTo(y.LastSeen);
    }
}
