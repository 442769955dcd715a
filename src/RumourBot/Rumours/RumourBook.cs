using RumourBot.Reports;
using RumourBot.Reports.Clubs;

namespace RumourBot.Rumours;

/// <summary>Reads rumours back: the latest, filtered by player or club, and one player's rumours.</summary>
public sealed class RumourBook(IRumourStore store, PlayerNameIndex playerNames, ClubGazetteer clubs)
{
    public IReadOnlyList<Rumour> Latest(string? player, string? club, int count)
    {
        var playerKey = player is null ? null : RumourKey.Normalise(player);
        var known = club is null ? null : clubs.Find(club.Trim())?.Name;
        var typed = club is not null && known is null ? club.Trim() : null;
        return store.Latest(new RumourFilter(playerKey, known, typed), count);
    }

    /// <summary>
    /// As <see cref="Latest(string?, string?, int)"/>, keeping to rumours that involve one of <paramref name="involving"/>
    /// (a server's followed clubs, as buyer or seller); read newest first and stopped at the count.
    /// </summary>
    public IReadOnlyList<Rumour> LatestInvolving(string? player, IReadOnlySet<string> involving, int count)
    {
        var playerKey = player is null ? null : RumourKey.Normalise(player);
        return store.NewestFirst()
            .Where(r => playerKey is null || r.PlayerKey.Contains(playerKey, StringComparison.Ordinal))
            .Where(r => Following.ClubFollows.Involves(involving, r.FromClub, r.ToClub))
            .Take(count)
            .ToList();
    }

    /// <summary>Every rumour about the player whose name best matches, newest first.</summary>
    public Rumour? Find(string id) => store.FindRumour(id);

    public IReadOnlyList<Rumour> About(string player)
    {
        var key = RumourKey.Normalise(player);
        var matches = store.OfPlayer(key);
        if (matches.Count == 0) matches = store.OfPlayersMatching(key);
        return matches.OrderByDescending(r => r.LastSeen).ToList();
    }

    public int ReportCount => store.ReportCount;

    /// <summary>Player names with a word starting with what a member has typed so far, for autocomplete (from memory).</summary>
    public IReadOnlyList<string> PlayerNames(string typed, int max) => playerNames.Find(typed, max);

}
