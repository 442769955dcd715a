using RumourBot.Storage;

namespace RumourBot.Polls;

/// <summary>
/// Polls and votes in the database. A vote and the removal of the member's earlier choice in a single-choice poll
/// are one transaction, so a crash in a vote burst never leaves a member with two answers.
/// </summary>
public sealed class PollBook(RumourDatabase database, TimeProvider time)
{
    /// <summary>Raised when a poll closes (at its deadline or by /poll close), with its final tally.</summary>
    public event Action<PollTally>? Closed;

    /// <summary>Raised when a vote is counted or taken back, so a poll's message can show the new tally.</summary>
    public event Action<Poll>? Changed;

    public Poll Create(Poll poll)
    {
        database.Polls.Insert(poll);
        return poll;
    }

    /// <summary>Remembers where the poll's message is, so reactions to it count as votes.</summary>
    public void Attach(Poll poll, ulong channelId, ulong messageId)
    {
        poll.ChannelId = channelId;
        poll.MessageId = messageId;
        database.Polls.Update(poll);
    }

    /// <summary>The poll whose message this is, if any.</summary>
    public Poll? FindByMessage(ulong messageId) => database.Polls.FindOne(p => p.MessageId == messageId);

    /// <summary>The poll with this number in this server (polls of other servers are not visible).</summary>
    public Poll? Find(ulong guildId, int id) => database.Polls.FindById(id) is { } poll && poll.GuildId == guildId ? poll : null;

    public VoteOutcome AddVote(Poll poll, ulong voterId, string voterName, string emoji)
    {
        if (poll.State != PollState.Open || time.GetUtcNow() >= poll.ClosesAt) return new VoteOutcome(VoteResult.PollClosed, []);
        if (poll.OptionFor(emoji) is null) return new VoteOutcome(VoteResult.NotAnOption, []);
        var id = Vote.IdFor(poll.Id, voterId, emoji);
        var outcome = database.InTransaction(() =>
        {
            if (database.Votes.FindById(id) is not null) return new VoteOutcome(VoteResult.AlreadyCounted, []);
            var moved = new List<string>();
            if (!poll.MultipleChoice)
            {
                foreach (var earlier in database.Votes.Find(v => v.PollId == poll.Id && v.VoterId == voterId).ToList())
                {
                    database.Votes.Delete(earlier.Id);
                    moved.Add(earlier.Emoji);
                }
            }
            database.Votes.Insert(new Vote { Id = id, PollId = poll.Id, VoterId = voterId, VoterName = voterName, Emoji = emoji, At = time.GetUtcNow() });
            return new VoteOutcome(VoteResult.Counted, moved);
        });
        if (outcome.Result == VoteResult.Counted) Changed?.Invoke(poll);
        return outcome;
    }

    /// <summary>A reaction taken back: the vote goes (while the poll is open).</summary>
    public bool RemoveVote(Poll poll, ulong voterId, string emoji)
    {
        var removed = poll.State == PollState.Open && database.Votes.Delete(Vote.IdFor(poll.Id, voterId, emoji));
        if (removed) Changed?.Invoke(poll);
        return removed;
    }

    /// <summary>A moderator cleared all reactions (or one emoji's): those votes go too.</summary>
    public int RemoveVotes(Poll poll, string? emoji = null)
    {
        if (poll.State != PollState.Open) return 0;
        var removed = emoji is null
            ? database.Votes.DeleteMany(v => v.PollId == poll.Id)
            : database.Votes.DeleteMany(v => v.PollId == poll.Id && v.Emoji == emoji);
        if (removed > 0) Changed?.Invoke(poll);
        return removed;
    }

    /// <summary>The poll's message was deleted: the poll no longer counts and never closes with a result.</summary>
    public void Cancel(Poll poll)
    {
        if (poll.State != PollState.Open) return;
        poll.State = PollState.Cancelled;
        poll.ClosedAt = time.GetUtcNow();
        database.Polls.Update(poll);
    }

    public PollTally Tally(Poll poll) => PollTally.Of(poll, database.Votes.Find(v => v.PollId == poll.Id));

    /// <summary>Closes the poll for good; a poll past its deadline closes at its deadline, even if noticed later.</summary>
    public PollTally Close(Poll poll)
    {
        if (poll.State == PollState.Open)
        {
            var now = time.GetUtcNow();
            poll.State = PollState.Closed;
            poll.ClosedAt = now < poll.ClosesAt ? now : poll.ClosesAt;
            database.Polls.Update(poll);
            var final = Tally(poll);
            Closed?.Invoke(final);
            return final;
        }
        return Tally(poll);
    }

    /// <summary>Open polls whose deadline has passed, including those that passed while the bot was down.</summary>
    public IReadOnlyList<Poll> Due() =>
        database.Polls.Find(p => p.State == PollState.Open).Where(p => p.ClosesAt <= time.GetUtcNow()).ToList();
}
