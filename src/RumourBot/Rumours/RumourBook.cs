using RumourBot.Reports;
using RumourBot.Reports.Clubs;
using RumourBot.Storage;

namespace RumourBot.Rumours;

/// <summary>Reads rumours back: the latest, filtered by player or club, and one player's rumours.</summary>
public sealed class RumourBook(RumourDatabase database, ClubGazetteer clubs)
{
    public IReadOnlyList<Rumour> Latest(string? player, string? club, int count)
    {
        var playerKey = player is null ? null : RumourKey.Normalise(player);
        var clubName = club is null ? null : clubs.Find(club.Trim())?.Name ?? club.Trim();
        return database.Rumours.FindAll()
            .Where(r => playerKey is null || r.PlayerKey.Contains(playerKey, StringComparison.Ordinal))
            .Where(r => clubName is null || SameClub(r.ToClub, clubName) || SameClub(r.FromClub, clubName))
            .OrderByDescending(r => r.LastSeen)
            .ThenByDescending(r => r.ReportCount)
            .Take(count)
            .ToList();
    }

    /// <summary>Every rumour about the player whose name best matches, newest first.</summary>
    public IReadOnlyList<Rumour> About(string player)
    {
        var key = RumourKey.Normalise(player);
        var matches = database.Rumours.Find(r => r.PlayerKey == key).ToList();
        if (matches.Count == 0)
        {
            matches = database.Rumours.FindAll().Where(r => r.PlayerKey.Contains(key, StringComparison.Ordinal)).ToList();
        }
        return matches.OrderByDescending(r => r.LastSeen).ToList();
    }

    public int ReportCount => database.Reports.Count();

    /// <summary>Player names starting with (or containing) what a member has typed so far, for autocomplete.</summary>
    public IReadOnlyList<string> PlayerNames(string typed, int max)
    {
        var key = RumourKey.Normalise(typed);
        return database.Rumours.FindAll()
            .OrderByDescending(r => r.LastSeen)
            .Select(r => r.Player)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(name => RumourKey.Normalise(name).Contains(key, StringComparison.Ordinal))
            .OrderByDescending(name => RumourKey.Normalise(name).StartsWith(key, StringComparison.Ordinal))
            .Take(max)
            .ToList();
    }

    private static bool SameClub(string? name, string wanted) =>
        name is not null && RumourKey.Normalise(name).Contains(RumourKey.Normalise(wanted), StringComparison.Ordinal);
}
