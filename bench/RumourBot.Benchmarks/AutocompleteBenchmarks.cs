using BenchmarkDotNet.Attributes;
using RumourBot.Benchmarks.Load;
using RumourBot.Rumours;
using RumourBot.Storage;

namespace RumourBot.Benchmarks;

/// <summary>
/// One autocomplete keystroke (a player's name) over a database of 100,000 stored reports on 5,000 players per seed
/// story ("Trent Alexander-Arnold 17"), so a short prefix matches thousands of names: the in-memory index against
/// the read of every rumour it replaced. Target: microseconds a keystroke.
/// </summary>
[MemoryDiagnoser]
public class AutocompleteBenchmarks
{
    private const int Reports = 100_000;
    private string _folder = "";
    private RumourDatabase _database = null!;
    private PlayerNameIndex _names = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "rumourbot-autocomplete-bench", Guid.NewGuid().ToString("N"));
        _database = new RumourDatabase(Path.Combine(_folder, "rumourbot.db"));
        _names = new PlayerNameIndex(SyntheticReports.Fill(_database, Reports).PlayersSeen);
        _names.Find("", 25); // the index is filled on first use, once
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The option just focused: the most recently seen players.</summary>
    [Benchmark]
    public IReadOnlyList<string> FirstKeystroke() => _names.Find("", 25);

    /// <summary>Two letters: thousands of names match, the 25 best are kept.</summary>
    [Benchmark]
    public IReadOnlyList<string> TwoLetters() => _names.Find("tr", 25);

    /// <summary>Most of a name: a handful match.</summary>
    [Benchmark]
    public IReadOnlyList<string> MostOfAName() => _names.Find("trent alexander-arnold 12", 25);

    /// <summary>The way it was before the index: every rumour read from the database, each keystroke.</summary>
    [Benchmark]
    public IReadOnlyList<string> EveryRumourRead()
    {
        var key = RumourKey.Normalise("tr");
        return _database.Collection<Rumour>(LiteDbRumourStore.RumoursCollection).FindAll()
            .OrderByDescending(r => r.LastSeen)
            .Select(r => r.Player)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(name => RumourKey.Normalise(name).Contains(key, StringComparison.Ordinal))
            .OrderByDescending(name => RumourKey.Normalise(name).StartsWith(key, StringComparison.Ordinal))
            .Take(25)
            .ToList();
    }
}
