using System.Collections.Concurrent;
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

    // Polls being recounted, with the members whose votes changed live meanwhile: their live events are newer
    // than the reactions the recount read, so the recount leaves them alone.
    private readonly ConcurrentDictionary<int, ConcurrentDictionary<ulong, byte>> _recounting = new();

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
        if (outcome.Result == VoteResult.Counted)
        {
            NoteLiveChange(poll, voterId);
            Changed?.Invoke(poll);
        }
        return outcome;
    }

    /// <summary>A reaction taken back: the vote goes (while the poll is open).</summary>
    public bool RemoveVote(Poll poll, ulong voterId, string emoji)
    {
        var removed = poll.State == PollState.Open && database.Votes.Delete(Vote.IdFor(poll.Id, voterId, emoji));
        if (removed)
        {
            NoteLiveChange(poll, voterId);
            Changed?.Invoke(poll);
        }
        return removed;
    }

    /// <summary>A moderator cleared all reactions (or one emoji's): those votes go too.</summary>
    public int RemoveVotes(Poll poll, string? emoji = null)
    {
        if (poll.State != PollState.Open) return 0;
        var cleared = database.Votes.Find(v => v.PollId == poll.Id).Where(v => emoji is null || v.Emoji == emoji).ToList();
        var removed = database.InTransaction(() => cleared.Count(v => database.Votes.Delete(v.Id)));
        foreach (var vote in cleared) NoteLiveChange(poll, vote.VoterId);
        if (removed > 0) Changed?.Invoke(poll);
        return removed;
    }

    /// <summary>Marks the start of a recount: votes that change from now on are left to their live events.</summary>
    public void BeginRecount(Poll poll) => _recounting[poll.Id] = new ConcurrentDictionary<ulong, byte>();

    /// <summary>
    /// Makes the stored votes equal the reactions on the poll's message (read after <see cref="BeginRecount"/>):
    /// votes missed while the bot was away are added, votes whose reaction is gone are removed. In a single-choice
    /// poll a member found on several answers keeps one (an answer not counted before, being the newer one) and the
    /// others are returned, for the bot to remove. All of it is one transaction.
    /// </summary>
    public RecountResult Recount(Poll poll, IReadOnlyDictionary<string, IReadOnlyList<PollVoter>> reactions)
    {
        var touched = _recounting.TryRemove(poll.Id, out var live) ? live : new ConcurrentDictionary<ulong, byte>();
        if (poll.State != PollState.Open) return RecountResult.Nothing;

        var now = time.GetUtcNow();
        var result = database.InTransaction(() =>
        {
            var stored = database.Votes.Find(v => v.PollId == poll.Id).ToLookup(v => v.VoterId);
            var reacted = poll.Options
                .SelectMany(o => reactions.GetValueOrDefault(o.Emoji, []).Select(voter => (Voter: voter, o.Emoji)))
                .GroupBy(r => r.Voter.Id)
                .ToDictionary(g => g.Key, g => g.ToList());
            var (added, removed) = (0, 0);
            var extra = new List<(ulong VoterId, string Emoji)>();
            foreach (var voterId in reacted.Keys.Union(stored.Select(g => g.Key)).Where(id => !touched.ContainsKey(id)))
            {
                var has = stored[voterId].ToList();
                var shown = reacted.GetValueOrDefault(voterId) ?? [];
                var keep = shown;
                if (!poll.MultipleChoice && shown.Count > 1)
                {
                    var chosen = shown.FirstOrDefault(r => has.All(v => v.Emoji != r.Emoji));
                    if (chosen.Emoji is null) chosen = shown[0];
                    keep = [chosen];
                    extra.AddRange(shown.Where(r => r.Emoji != chosen.Emoji).Select(r => (voterId, r.Emoji)));
                }
                foreach (var vote in has.Where(v => keep.All(k => k.Emoji != v.Emoji)))
                {
                    database.Votes.Delete(vote.Id);
                    removed++;
                }
                foreach (var (voter, emoji) in keep.Where(k => has.All(v => v.Emoji != k.Emoji)))
                {
                    database.Votes.Insert(new Vote { Id = Vote.IdFor(poll.Id, voterId, emoji), PollId = poll.Id, VoterId = voterId, VoterName = voter.Name, Emoji = emoji, At = now });
                    added++;
                }
            }
            return new RecountResult(added, removed, extra);
        });
        if (result.Added + result.Removed > 0) Changed?.Invoke(poll);
        return result;
    }

    private void NoteLiveChange(Poll poll, ulong voterId)
    {
        if (_recounting.TryGetValue(poll.Id, out var touched)) touched[voterId] = 0;
    }

    /// <summary>Open polls that have a message on Discord: the ones to recount after time away.</summary>
    public IReadOnlyList<Poll> OpenOnDiscord() =>
        database.Polls.Find(p => p.State == PollState.Open && p.MessageId != null).ToList();

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
