using LiteDB;
using RumourBot.Storage;

namespace RumourBot.Polls;

/// <summary>Polls and votes in the bot's LiteDB file: the "polls" and "votes" collections and their indexes.</summary>
public sealed class LiteDbPollStore : IPollStore
{
    public const string PollsCollection = "polls";
    public const string VotesCollection = "votes";

    /// <summary>
    /// The index of open polls by server (closed and cancelled polls are indexed under null): a server's open polls
    /// are one seek, however many polls it has closed. LiteDB finds the index by this same expression, and the guild
    /// id goes in as a long, as LiteDB keeps a ulong.
    /// </summary>
    private const string OpenPollsByGuild = "IIF($.State = 'Open', $.GuildId, null)";

    /// <summary>Open polls' deadlines (closed ones index as null), for the closer's range read of those due.</summary>
    private const string OpenPollDeadlines = "IIF($.State = 'Open', $.ClosesAt, null)";

    private readonly RumourDatabase _database;
    private readonly ILiteCollection<Poll> _polls;
    private readonly ILiteCollection<Vote> _votes;

    public LiteDbPollStore(RumourDatabase database)
    {
        _database = database;
        _polls = database.Collection<Poll>(PollsCollection);
        _votes = database.Collection<Vote>(VotesCollection);
        // A poll's votes are found by their id prefix (see Vote.PollPrefix): a second index made every vote's
        // insert twice as slow. Files from before still have it.
        _votes.DropIndex(nameof(Vote.PollId));
        _polls.EnsureIndex(p => p.MessageId);
        // Digests read a server's own open polls.
        _polls.EnsureIndex("OpenByGuild", OpenPollsByGuild);
        _polls.EnsureIndex("OpenDeadlines", OpenPollDeadlines);
        _polls.EnsureIndex(p => p.RumourId);
    }

    public void Add(Poll poll) => _polls.Insert(poll);

    public void Save(Poll poll) => _polls.Update(poll);

    public Poll? Find(int id) => _polls.FindById(id);

    public Poll? FindByMessage(ulong messageId) => _polls.FindOne(p => p.MessageId == messageId);

    public IReadOnlyList<Poll> OpenInGuild(ulong guildId) =>
        _polls.Find(Query.EQ(OpenPollsByGuild, unchecked((long)guildId))).Where(p => p.State == PollState.Open).ToList();

    public IReadOnlyList<Poll> OpenOnDiscord() => _polls.Find(p => p.State == PollState.Open && p.MessageId != null).ToList();

    public IReadOnlyList<Poll> OpenDueBy(DateTimeOffset now) =>
        _polls.Find(Query.Between(OpenPollDeadlines, new BsonValue(DateTime.MinValue), new BsonValue(now.UtcDateTime)))
            .Where(p => p.State == PollState.Open)
            .ToList();

    public IReadOnlyList<Poll> InGuild(ulong guildId) => _polls.Find(p => p.GuildId == guildId).OrderBy(p => p.Id).ToList();

    public IReadOnlyList<Poll> LinkedTo(ulong guildId, string rumourId) =>
        _polls.Find(p => p.GuildId == guildId && p.RumourId == rumourId && p.State != PollState.Cancelled).OrderBy(p => p.Id).ToList();

    public IReadOnlyList<Vote> Votes(int pollId) => _votes.Find(Query.StartsWith("_id", Vote.PollPrefix(pollId))).ToList();

    public void WriteVotes(IReadOnlyCollection<string> deletedIds, IReadOnlyCollection<Vote> inserted) =>
        _database.InTransaction(() =>
        {
            foreach (var id in deletedIds) _votes.Delete(id);
            if (inserted.Count > 0) _votes.Insert(inserted);
            return 0;
        });
}
