using RumourBot.Reports.Clubs;

namespace RumourBot.Following;

/// <summary>The clubs each server follows, stored per server; names go through the club list so "the Gunners" is Arsenal.</summary>
public sealed class ClubFollows(IFollowStore store, ClubGazetteer clubs, TimeProvider time)
{
    /// <summary>At most this many clubs per server, so the filter stays a short list.</summary>
    public const int MaxPerServer = 25;

    /// <summary>The club a member meant, by name or nickname; null when the club list does not know it.</summary>
    public Club? Resolve(string typed) => clubs.Find(typed.Trim());

    /// <summary>The server's clubs, by name (case-insensitive); empty when it follows none.</summary>
    public IReadOnlySet<string> Of(ulong guildId) =>
        store.InGuild(guildId).Select(f => f.Club).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<FollowedClub> List(ulong guildId) =>
        store.InGuild(guildId).OrderBy(f => f.Club, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Follows the club; false when the server already did.</summary>
    public bool Follow(ulong guildId, Club club, ulong memberId, string memberName)
    {
        var id = FollowedClub.IdFor(guildId, club.Name);
        return store.Add(new FollowedClub
        {
            Id = id, GuildId = guildId, Club = club.Name, FollowedById = memberId, FollowedByName = memberName, FollowedAt = time.GetUtcNow(),
        });
    }

    /// <summary>Stops following; false when the server did not follow it.</summary>
    public bool Unfollow(ulong guildId, Club club) => store.Remove(FollowedClub.IdFor(guildId, club.Name));

    /// <summary>Whether a move involves one of the clubs, as buyer or seller.</summary>
    public static bool Involves(IReadOnlySet<string> followed, string? fromClub, string? toClub) =>
        (fromClub is not null && followed.Contains(fromClub)) || (toClub is not null && followed.Contains(toClub));
}
