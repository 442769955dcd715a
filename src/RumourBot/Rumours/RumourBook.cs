using RumourBot.Reports;
using RumourBot.Reports.Clubs;
using RumourBot.Storage;

namespace RumourBot.Rumours;

/// <summary>Reads rumours back: the latest, filtered by player or club, and one player's rumours.</summary>
public sealed class RumourBook(RumourDatabase database, ClubGazetteer clubs)
{
    public IReadOnlyList<Rumour> Latest(string? player, string? club, int count)
    {
        // Walk the LastSeen index newest first and stop at `count`: cheap however many rumours are stored.
        var query = database.Rumours.Query().OrderByDescending(r => r.LastSeen);
        if (player is not null)
        {
            var playerKey = RumourKey.Normalise(player);
            query = query.Where(r => r.PlayerKey.Contains(playerKey));
        }
        if (club is not null)
        {
            var known = clubs.Find(club.Trim())?.Name;
            if (known is not null) query = query.Where(r => r.ToClub == known || r.FromClub == known);
            else
            {
                var typed = club.Trim();
                query = query.Where(r => r.ToClub!.Contains(typed) || r.FromClub!.Contains(typed)); // LiteDB treats a missing value as no match
            }
        }
        return query.Limit(count).ToList();
    }

    /// <summary>
    /// As <see cref="Latest(string?, string?, int)"/>, keeping to rumours that involve one of <paramref name="involving"/>
    /// (a server's followed clubs, as buyer or seller); read newest first and stopped at the count.
    /// </summary>
    public IReadOnlyList<Rumour> LatestInvolving(string? player, IReadOnlySet<string> involving, int count)
    {
        var query = database.Rumours.Query().OrderByDescending(r => r.LastSeen);
        var playerKey = player is null ? null : RumourKey.Normalise(player);
        return query.ToEnumerable()
            .Where(r => playerKey is null || r.PlayerKey.Contains(playerKey, StringComparison.Ordinal))
            .Where(r => Following.ClubFollows.Involves(involving, r.FromClub, r.ToClub))
            .Take(count)
            .ToList();
    }

    /// <summary>Every rumour about the player whose name best matches, newest first.</summary>
    public Rumour? Find(string id) => database.Rumours.FindById(id);

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

    public int ReportCount => database.ReportCount;

    /// <summary>Player names with a word starting with what a member has typed so far, for autocomplete (from memory).</summary>
    public IReadOnlyList<string> PlayerNames(string typed, int max) => database.PlayerNames.Find(typed, max);

}
