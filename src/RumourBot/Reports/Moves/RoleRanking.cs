using RumourBot.Reports.Clubs;

namespace RumourBot.Reports.Moves;

/// <summary>
/// The clubs of a move ranked by the weight of one side, heaviest first; on a tie the club the story names first, then
/// the one weighed first. That is the order <c>OrderByDescending(weight).ThenBy(FirstSentence)</c> gives, read here
/// without sorting: a move has a handful of clubs, and it is ranked for each player of every story.
/// </summary>
internal static class RoleRanking
{
    /// <summary>The first of the roles that <paramref name="keep"/> holds, or null when it holds none.</summary>
    public static ClubRole? Top(Dictionary<Club, ClubRole> roles, Func<ClubRole, bool> keep, Func<ClubRole, double> weight)
    {
        ClubRole? top = null;
        foreach (var role in roles.Values)
        {
            if (keep(role) && (top is null || Before(role, top, weight))) top = role;
        }
        return top;
    }

    /// <summary>The names of the first <paramref name="count"/> clubs of the roles that <paramref name="keep"/> holds.</summary>
    public static List<string> TopNames(Dictionary<Club, ClubRole> roles, Func<ClubRole, bool> keep, Func<ClubRole, double> weight, int count)
    {
        var ranked = new List<ClubRole>();
        foreach (var role in roles.Values)
        {
            if (!keep(role)) continue;
            var at = ranked.Count;
            while (at > 0 && Before(role, ranked[at - 1], weight)) at--;
            ranked.Insert(at, role);
        }
        var names = new List<string>(Math.Min(count, ranked.Count));
        for (var i = 0; i < ranked.Count && i < count; i++) names.Add(ranked[i].Club.Name);
        return names;
    }

    // Strictly before: a role that ties stays behind the one weighed before it, as a stable sort keeps it.
    private static bool Before(ClubRole role, ClubRole other, Func<ClubRole, double> weight)
    {
        var (mine, theirs) = (weight(role), weight(other));
        return mine > theirs || mine == theirs && role.FirstSentence < other.FirstSentence;
    }
}
