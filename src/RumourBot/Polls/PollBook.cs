using System.Collections.Concurrent;

namespace RumourBot.Polls;

/// <summary>
/// Polls and votes, kept through <see cref="IPollStore"/>. A vote and the removal of the member's earlier choice in a single-choice poll
/// are one transaction, so a crash in a vote burst never leaves a member with two answers.
/// </summary>
public sealed class PollBook(IPollStore store, TimeProvider time)
{
    /// <summary>Raised when a poll closes (at its deadline or by /poll close), with its final tally.</summary>
    public event Action<PollTally>? Closed;

    /// <summary>Raised when a vote is counted or taken back, so a poll's message can show the new tally.</summary>
    public event Action<Poll>? Changed;

    /// <summary>Raised once a poll has been recounted from its message (see <see cref="Recount"/>).</summary>
    public event Action<Poll>? Recounted;

    private readonly ConcurrentDictionary<int, byte> _recounted = new();

    // Polls being recounted, with the members whose votes changed live meanwhile (see RecountWindow). Guarded by
    // _ballotsLock, like everything that changes votes.
    private readonly Dictionary<int, RecountWindow> _recounting = [];
    private readonly ConcurrentDictionary<ulong, Poll> _openByMessage = new();
    private readonly ConcurrentDictionary<int, byte> _ended = new();

    // Open polls' votes in memory (see Ballots); every change to votes holds this lock, so memory and file agree.
    private readonly Dictionary<int, Ballots> _ballots = [];
    private readonly Lock _ballotsLock = new();

    public Poll Create(Poll poll)
    {
        store.Add(poll);
        return poll;
    }

    /// <summary>Remembers where the poll's message is, so reactions to it count as votes.</summary>
    public void Attach(Poll poll, ulong channelId, ulong messageId)
    {
        poll.ChannelId = channelId;
        poll.MessageId = messageId;
        store.Save(poll);
        if (poll.State == PollState.Open) _openByMessage[messageId] = poll;
    }

    /// <summary>The poll whose message this is, if any. Open polls are kept in memory: every reaction asks.</summary>
    public Poll? FindByMessage(ulong messageId)
    {
        if (_openByMessage.TryGetValue(messageId, out var cached)) return cached;
        var poll = store.FindByMessage(messageId);
        if (poll is { State: PollState.Open }) _openByMessage[messageId] = poll;
        return poll;
    }

    /// <summary>The poll with this number in this server (polls of other servers are not visible).</summary>
    public Poll? Find(ulong guildId, int id) => store.Find(id) is { } poll && poll.GuildId == guildId ? poll : null;

    public VoteOutcome AddVote(Poll poll, ulong voterId, string voterName, string emoji) =>
        Apply([new VoteChange(poll, voterId, voterName, emoji, VoteChangeKind.Add)])[0];

    /// <summary>A reaction taken back: the vote goes (while the poll is open).</summary>
    public bool RemoveVote(Poll poll, ulong voterId, string emoji) =>
        Apply([new VoteChange(poll, voterId, "", emoji, VoteChangeKind.Remove)])[0].Result == VoteResult.Counted;

    /// <summary>
    /// Applies votes and taken-back votes in order, as one transaction: a burst of reactions costs one write to disk
    /// rather than one each, and a crash keeps all of the batch or none of it.
    /// </summary>
    public IReadOnlyList<VoteOutcome> Apply(IReadOnlyList<VoteChange> changes)
    {
        var now = time.GetUtcNow();
        List<VoteOutcome> outcomes;
        lock (_ballotsLock)
        {
            var writes = new VoteWrites();
            outcomes = [];
            WriteOrForget(changes.Select(c => c.Poll.Id), () =>
            {
                outcomes.AddRange(changes.Select(change => IsOpen(change.Poll, now) ? ApplyOne(change, BallotsOf(change.Poll.Id), writes, now) : new VoteOutcome(VoteResult.PollClosed, [])));
                return writes;
            });
            for (var i = 0; i < changes.Count; i++)
            {
                if (outcomes[i].Result == VoteResult.Counted) NoteLiveChange(changes[i].Poll.Id, changes[i].VoterId);
            }
        }
        foreach (var poll in changes.Where((_, i) => outcomes[i].Result == VoteResult.Counted).Select(c => c.Poll).DistinctBy(p => p.Id))
        {
            Changed?.Invoke(poll);
        }
        return outcomes;
    }

    private static VoteOutcome ApplyOne(VoteChange change, Ballots ballots, VoteWrites writes, DateTimeOffset now)
    {
        var (poll, voterId, emoji) = (change.Poll, change.VoterId, change.Emoji);
        if (poll.OptionFor(emoji) is null) return new VoteOutcome(VoteResult.NotAnOption, []);
        var id = Vote.IdFor(poll.Id, voterId, emoji);
        if (change.Kind == VoteChangeKind.Remove)
        {
            if (!ballots.Remove(id)) return new VoteOutcome(VoteResult.AlreadyCounted, []);
            writes.Delete(id);
            return new VoteOutcome(VoteResult.Counted, []);
        }
        if (ballots.Contains(id)) return new VoteOutcome(VoteResult.AlreadyCounted, []);
        var moved = new List<string>();
        if (!poll.MultipleChoice)
        {
            foreach (var earlier in ballots.Of(voterId).ToList())
            {
                ballots.Remove(earlier.Id);
                writes.Delete(earlier.Id);
                moved.Add(earlier.Emoji);
            }
        }
        var vote = new Vote { Id = id, PollId = poll.Id, VoterId = voterId, VoterName = change.VoterName, Emoji = emoji, At = now };
        ballots.Add(vote);
        writes.Insert(vote);
        return new VoteOutcome(VoteResult.Counted, moved);
    }

    // A poll may have been closed through another copy of it since its reactions were queued: every close and
    // cancel goes through this book, which remembers them.
    private bool IsOpen(Poll poll, DateTimeOffset now) => poll.State == PollState.Open && now < poll.ClosesAt && !_ended.ContainsKey(poll.Id);

    // Call holding _ballotsLock. Loads an open poll's votes into memory on first use.
    private Ballots BallotsOf(int pollId)
    {
        if (!_ballots.TryGetValue(pollId, out var ballots))
        {
            _ballots[pollId] = ballots = new Ballots(StoredVotes(pollId));
        }
        return ballots;
    }

    // Call holding _ballotsLock. Works out a change in memory and writes it as one transaction; if anything fails on
    // the way, the polls' ballots in memory are dropped, to be read back from the database (which kept none of it).
    private void WriteOrForget(IEnumerable<int> pollIds, Func<VoteWrites> change)
    {
        try
        {
            var writes = change();
            writes.WriteTo(store);
        }
        catch
        {
            foreach (var id in pollIds) _ballots.Remove(id);
            throw;
        }
    }

    /// <summary>A moderator cleared all reactions (or one emoji's): those votes go too.</summary>
    public int RemoveVotes(Poll poll, string? emoji = null)
    {
        List<Vote> cleared = [];
        lock (_ballotsLock)
        {
            if (!IsOpen(poll, time.GetUtcNow())) return 0;
            WriteOrForget([poll.Id], () =>
            {
                var ballots = BallotsOf(poll.Id);
                cleared = ballots.All.Where(v => emoji is null || v.Emoji == emoji).ToList();
                var writes = new VoteWrites();
                foreach (var vote in cleared)
                {
                    ballots.Remove(vote.Id);
                    writes.Delete(vote.Id);
                }
                return writes;
            });
            foreach (var vote in cleared) NoteLiveChange(poll.Id, vote.VoterId);
        }
        if (cleared.Count > 0) Changed?.Invoke(poll);
        return cleared.Count;
    }

    /// <summary>
    /// Marks the start of a recount: votes that change from now on are left to their live events. A later recount
    /// of the same poll (another READY) takes over; the earlier one then changes nothing.
    /// </summary>
    public RecountWindow BeginRecount(Poll poll)
    {
        lock (_ballotsLock) return _recounting[poll.Id] = new RecountWindow();
    }

    /// <summary>
    /// Makes the stored votes equal the reactions on the poll's message (read after <see cref="BeginRecount"/>):
    /// votes missed while the bot was away are added, votes whose reaction is gone are removed. In a single-choice
    /// poll a member found on several answers keeps one (an answer not counted before, being the newer one) and the
    /// others are returned, for the bot to remove. All of it is one transaction.
    /// </summary>
    public RecountResult Recount(Poll poll, RecountWindow window, IReadOnlyDictionary<string, IReadOnlyList<PollVoter>> reactions)
    {
        var now = time.GetUtcNow();
        var result = RecountResult.Nothing;
        lock (_ballotsLock)
        {
            if (!_recounting.TryGetValue(poll.Id, out var current) || current != window) return RecountResult.Nothing;
            _recounting.Remove(poll.Id);
            // A poll past its deadline but not yet closed is recounted too: its deadline passed while the bot was
            // down, and the votes cast before it are only on the message.
            if (poll.State != PollState.Open || _ended.ContainsKey(poll.Id)) return RecountResult.Nothing;
            WriteOrForget([poll.Id], () =>
            {
                (result, var writes) = Reconcile(poll, window, reactions, now);
                return writes;
            });
        }
        _recounted[poll.Id] = 0;
        if (result.Added + result.Removed > 0) Changed?.Invoke(poll);
        Recounted?.Invoke(poll);
        return result;
    }

    /// <summary>Whether the poll has been recounted from its message since the bot started.</summary>
    public bool WasRecounted(int pollId) => _recounted.ContainsKey(pollId);

    // Call holding _ballotsLock: the ballots in memory become the reactions, but for members who voted live meanwhile.
    private (RecountResult Result, VoteWrites Writes) Reconcile(Poll poll, RecountWindow window, IReadOnlyDictionary<string, IReadOnlyList<PollVoter>> reactions, DateTimeOffset now)
    {
        var ballots = BallotsOf(poll.Id);
        var reacted = poll.Options
            .SelectMany(o => reactions.GetValueOrDefault(o.Emoji, []).Select(voter => (Voter: voter, o.Emoji)))
            .GroupBy(r => r.Voter.Id)
            .ToDictionary(g => g.Key, g => g.ToList());
        var writes = new VoteWrites();
        var (added, removed) = (0, 0);
        var extra = new List<(ulong VoterId, string Emoji)>();
        foreach (var voterId in reacted.Keys.Union(ballots.Voters).Where(id => !window.ChangedLive(id)).ToList())
        {
            var has = ballots.Of(voterId).ToList();
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
                ballots.Remove(vote.Id);
                writes.Delete(vote.Id);
                removed++;
            }
            foreach (var (voter, emoji) in keep.Where(k => has.All(v => v.Emoji != k.Emoji)))
            {
                var vote = new Vote { Id = Vote.IdFor(poll.Id, voterId, emoji), PollId = poll.Id, VoterId = voterId, VoterName = voter.Name, Emoji = emoji, At = now };
                ballots.Add(vote);
                writes.Insert(vote);
                added++;
            }
        }
        return (new RecountResult(added, removed, extra), writes);
    }

    // A poll no longer open: reactions to it are no votes, and its ballots need not stay in memory.
    private void Forget(Poll poll)
    {
        _ended[poll.Id] = 0;
        if (poll.MessageId is { } messageId) _openByMessage.TryRemove(messageId, out _);
        lock (_ballotsLock) _ballots.Remove(poll.Id);
    }

    // Call holding _ballotsLock.
    private void NoteLiveChange(int pollId, ulong voterId)
    {
        if (_recounting.TryGetValue(pollId, out var window)) window.NoteLiveChange(voterId);
    }

    /// <summary>A server's open polls, through the open-polls index (its closed polls are never read).</summary>
    public IReadOnlyList<Poll> OpenInGuild(ulong guildId) =>
        store.OpenInGuild(guildId);

    /// <summary>Every poll of a server, by number.</summary>
    public IReadOnlyList<Poll> InGuild(ulong guildId) => store.InGuild(guildId);

    /// <summary>A server's polls tied to a rumour that were not cancelled, by number.</summary>
    public IReadOnlyList<Poll> LinkedTo(ulong guildId, string rumourId) => store.LinkedTo(guildId, rumourId);

    /// <summary>Open polls that have a message on Discord: the ones to recount after time away.</summary>
    public IReadOnlyList<Poll> OpenOnDiscord() =>
        store.OpenOnDiscord();

    /// <summary>The poll's message was deleted: the poll no longer counts and never closes with a result.</summary>
    public void Cancel(Poll poll)
    {
        // Whichever of a close and a cancel comes first wins, even through different copies of the poll.
        if (poll.State != PollState.Open || !_ended.TryAdd(poll.Id, 0)) return;
        poll.State = PollState.Cancelled;
        poll.ClosedAt = time.GetUtcNow();
        store.Save(poll);
        Forget(poll);
    }

    /// <summary>Every vote stored for a poll (for a closed poll, its final votes).</summary>
    public IReadOnlyList<Vote> Votes(int pollId)
    {
        lock (_ballotsLock) return _ballots.TryGetValue(pollId, out var ballots) ? [.. ballots.All] : StoredVotes(pollId);
    }

    private IReadOnlyList<Vote> StoredVotes(int pollId) => store.Votes(pollId);

    public PollTally Tally(Poll poll)
    {
        lock (_ballotsLock)
        {
            return _ballots.TryGetValue(poll.Id, out var ballots)
                ? PollTally.Of(poll, ballots.All)
                : PollTally.Of(poll, StoredVotes(poll.Id));
        }
    }

    /// <summary>Closes the poll for good; a poll past its deadline closes at its deadline, even if noticed later.</summary>
    public PollTally Close(Poll poll)
    {
        if (poll.State == PollState.Open && _ended.TryAdd(poll.Id, 0))
        {
            var now = time.GetUtcNow();
            poll.State = PollState.Closed;
            poll.ClosedAt = now < poll.ClosesAt ? now : poll.ClosesAt;
            store.Save(poll);
            Forget(poll);
            var final = Tally(poll);
            Closed?.Invoke(final);
            return final;
        }
        return Tally(poll);
    }

    /// <summary>
    /// Open polls whose deadline has passed, including those that passed while the bot was down: a range read of the
    /// open polls' deadline index, so closed polls (nearly all of them, in time) are never read.
    /// </summary>
    public IReadOnlyList<Poll> Due() =>
        store.OpenDueBy(time.GetUtcNow());
}
