namespace RumourBot.Following;

/// <summary>Where the clubs each server follows are kept; digests read a server's clubs through this.</summary>
public interface IFollowStore
{
    /// <summary>The clubs a server follows, in no particular order.</summary>
    IReadOnlyList<FollowedClub> InGuild(ulong guildId);

    /// <summary>Stores the follow; false when the server already followed that club (same id).</summary>
    bool Add(FollowedClub follow);

    /// <summary>False when there was no such follow.</summary>
    bool Remove(string id);
}
