using LiteDB;
using RumourBot.Storage;

namespace RumourBot.Following;

/// <summary>Followed clubs in the bot's LiteDB file: the "followed_clubs" collection, by server.</summary>
public sealed class LiteDbFollowStore : IFollowStore
{
    public const string FollowedClubsCollection = "followed_clubs";

    private readonly ILiteCollection<FollowedClub> _follows;

    public LiteDbFollowStore(RumourDatabase database)
    {
        _follows = database.Collection<FollowedClub>(FollowedClubsCollection);
        _follows.EnsureIndex(f => f.GuildId);
    }

    public IReadOnlyList<FollowedClub> InGuild(ulong guildId) => _follows.Find(f => f.GuildId == guildId).ToList();

    public bool Add(FollowedClub follow)
    {
        if (_follows.FindById(follow.Id) is not null) return false;
        _follows.Insert(follow);
        return true;
    }

    public bool Remove(string id) => _follows.Delete(id);
}
