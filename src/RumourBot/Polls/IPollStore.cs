namespace RumourBot.Polls;

/// <summary>
/// Where polls and their votes are kept. Other features ask for polls through this (and through
/// <see cref="PollBook"/>, which adds the open polls' state in memory), never through the storage behind it.
/// </summary>
public interface IPollStore
{
    /// <summary>Stores a new poll and gives it the next number.</summary>
    void Add(Poll poll);

    /// <summary>Stores the poll's changed fields (its message, its state).</summary>
    void Save(Poll poll);

    Poll? Find(int id);

    /// <summary>The poll whose Discord message this is, if any.</summary>
    Poll? FindByMessage(ulong messageId);

    /// <summary>A server's open polls, without reading the ones it has closed.</summary>
    IReadOnlyList<Poll> OpenInGuild(ulong guildId);

    /// <summary>Open polls that have a message on Discord.</summary>
    IReadOnlyList<Poll> OpenOnDiscord();

    /// <summary>Open polls whose deadline is at or before <paramref name="now"/>, without reading closed ones.</summary>
    IReadOnlyList<Poll> OpenDueBy(DateTimeOffset now);

    /// <summary>Every poll of a server, by number.</summary>
    IReadOnlyList<Poll> InGuild(ulong guildId);

    /// <summary>A server's polls tied to a rumour that were not cancelled, by number.</summary>
    IReadOnlyList<Poll> LinkedTo(ulong guildId, string rumourId);

    /// <summary>Every vote stored for a poll.</summary>
    IReadOnlyList<Vote> Votes(int pollId);

    /// <summary>Deletes and inserts votes as one transaction: all of it lands, or none of it.</summary>
    void WriteVotes(IReadOnlyCollection<string> deletedIds, IReadOnlyCollection<Vote> inserted);
}
