using RumourBot.Commands;
using RumourBot.Reports.Clubs;
using RumourBot.Rumours;

namespace RumourBot.Following;

/// <summary>
/// Autocomplete for a club option from the club list: names and nicknames that start with (then contain) what was
/// typed, each offered under its real name ("Arsenal (the Gunners)" → Arsenal).
/// </summary>
public sealed class ClubSuggestions(ClubGazetteer clubs)
{
    private const int Max = 25;

    public IReadOnlyList<OptionSuggestion> Suggest(string typed)
    {
        var key = RumourKey.Normalise(typed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? typed[4..] : typed);
        var matches = new List<(int Rank, string Label, string Club)>();
        foreach (var club in clubs.Clubs)
        {
            var best = Rank(RumourKey.Normalise(club.Name), key);
            var label = club.Name;
            foreach (var alias in club.Aliases)
            {
                var rank = Rank(RumourKey.Normalise(alias), key);
                if (rank < best)
                {
                    best = rank;
                    label = $"{club.Name} ({alias})";
                }
            }
            if (best < int.MaxValue) matches.Add((best, label, club.Name));
        }
        return matches
            .OrderBy(m => m.Rank)
            .ThenBy(m => m.Club, StringComparer.OrdinalIgnoreCase)
            .DistinctBy(m => m.Club)
            .Take(Max)
            .Select(m => new OptionSuggestion(m.Label, m.Club))
            .ToList();
    }

    // 0 the whole name, 1 its start, 2 anywhere in it; an empty query lists clubs alphabetically.
    private static int Rank(string name, string key) =>
        key.Length == 0 ? 1 : name == key ? 0 : name.StartsWith(key, StringComparison.Ordinal) ? 1 : name.Contains(key, StringComparison.Ordinal) ? 2 : int.MaxValue;
}
