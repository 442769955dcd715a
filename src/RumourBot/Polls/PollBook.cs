namespace RumourBot.Polls;

/// <summary>
/// Polls and votes: the public face of the Polls feature, which other features ask (never its store). Polls are
/// read and kept through <see cref="IPollStore"/>; an open poll, however it is read, is one shared instance
/// (<see cref="OpenPolls"/>), so a close or cancel through one path is seen by all. Votes are worked out in the
/// open polls' ballots in memory (<see cref="VoteCounter"/>, <see cref="BallotBox"/>) and each batch is one
/// transaction, so a crash in a vote burst never leaves a member with two answers; recounts from a poll's message
/// follow <see cref="PollRecounts"/>. The book raises the events the poll's message and the closer listen to.
/// </summary>
public sealed class PollBook
{
    private readonly IPollStore _store;
    private readonly TimeProvider _time;
    private readonly OpenPolls _open;
    private readonly BallotBox _ballots;
    private readonly VoteCounter _counter;
    private readonly PollRecounts _recounts;

    public PollBook(IPollStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
        _open = new OpenPolls(store);
        _ballots = new BallotBox(store);
        _counter = new VoteCounter(_open, _ballots);
        _recounts = new PollRecounts(_open, _ballots);
    }

    /// <summary>Raised when a poll closes (at its deadline or by /poll close), with its final tally.</summary>
    public event Action<PollTally>? Closed;

    /// <summary>Raised when a vote is counted or taken back, so a poll's message can show the new tally.</summary>
    public event Action<Poll>? Changed;

    /// <summary>Raised once a poll has been recounted from its message (see <see cref="Recount"/>).</summary>
    public event Action<Poll>? Recounted;

    /// <summary>Stores a new poll and gives it back as the store keeps it (times at the store's precision), as every later read does.</summary>
    public Poll Create(Poll poll)
    {
        _store.Add(poll);
        var stored = _store.Find(poll.Id) ?? poll;
        _open.Adopt(stored);
        return stored;
    }

    /// <summary>Remembers where the poll's message is, so reactions to it count as votes.</summary>
    public void Attach(Poll poll, ulong channelId, ulong messageId) => _open.Attach(poll, channelId, messageId);

    /// <summary>The poll whose message this is, if any. Open polls are kept in memory: every reaction asks.</summary>
    public Poll? FindByMessage(ulong messageId) =>
        _open.KnownByMessage(messageId) ?? _open.Read(store => store.FindByMessage(messageId));

    /// <summary>The poll with this number in this server (polls of other servers are not visible).</summary>
    public Poll? Find(ulong guildId, int id) =>
        (_open.Known(id) ?? _open.Read(store => store.Find(id))) is { } poll && poll.GuildId == guildId ? poll : null;

    /// <summary>A server's open polls, through the open-polls index (its closed polls are never read).</summary>
    public IReadOnlyList<Poll> OpenInGuild(ulong guildId) => _open.ReadAll(store => store.OpenInGuild(guildId));

    /// <summary>Every poll of a server, by number.</summary>
    public IReadOnlyList<Poll> InGuild(ulong guildId) => _open.ReadAll(store => store.InGuild(guildId));

    /// <summary>A server's polls tied to a rumour that were not cancelled, by number.</summary>
    public IReadOnlyList<Poll> LinkedTo(ulong guildId, string rumourId) => _open.ReadAll(store => store.LinkedTo(guildId, rumourId));

    /// <summary>Open polls that have a message on Discord: the ones to recount after time away.</summary>
    public IReadOnlyList<Poll> OpenOnDiscord() => _open.ReadAll(store => store.OpenOnDiscord());

    /// <summary>
    /// Open polls whose deadline has passed, including those that passed while the bot was down: a range read of the
    /// open polls' deadline index, so closed polls (nearly all of them, in time) are never read.
    /// </summary>
    public IReadOnlyList<Poll> Due() => _open.ReadAll(store => store.OpenDueBy(_time.GetUtcNow()));

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
        var outcomes = _counter.Apply(changes, _time.GetUtcNow());
        foreach (var poll in changes.Where((_, i) => outcomes[i].Result == VoteResult.Counted).Select(c => c.Poll).DistinctBy(p => p.Id))
        {
            Changed?.Invoke(poll);
        }
        return outcomes;
    }

    /// <summary>A moderator cleared all reactions (or one emoji's): those votes go too.</summary>
    public int RemoveVotes(Poll poll, string? emoji = null)
    {
        var cleared = _counter.RemoveVotes(poll, emoji, _time.GetUtcNow());
        if (cleared.Count > 0) Changed?.Invoke(poll);
        return cleared.Count;
    }

    /// <summary>
    /// Marks the start of a recount: votes that change from now on are left to their live events. A later recount
    /// of the same poll (another READY) takes over; the earlier one then changes nothing.
    /// </summary>
    public RecountWindow BeginRecount(Poll poll) => _recounts.Begin(poll);

    /// <summary>
    /// Makes the stored votes equal the reactions on the poll's message (read after <see cref="BeginRecount"/>):
    /// votes missed while the bot was away are added, votes whose reaction is gone are removed. In a single-choice
    /// poll a member found on several answers keeps one (an answer not counted before, being the newer one) and the
    /// others are returned, for the bot to remove. All of it is one transaction.
    /// </summary>
    public RecountResult Recount(Poll poll, RecountWindow window, IReadOnlyDictionary<string, IReadOnlyList<PollVoter>> reactions)
    {
        if (_recounts.Recount(poll, window, reactions, _time.GetUtcNow()) is not { } result) return RecountResult.Nothing;
        if (result.Added + result.Removed > 0) Changed?.Invoke(poll);
        Recounted?.Invoke(poll);
        return result;
    }

    /// <summary>Whether the poll has been recounted from its message since the bot started.</summary>
    public bool WasRecounted(int pollId) => _recounts.WasRecounted(pollId);

    /// <summary>Every vote stored for a poll (for a closed poll, its final votes).</summary>
    public IReadOnlyList<Vote> Votes(int pollId) => _ballots.Votes(pollId);

    public PollTally Tally(Poll poll) => _ballots.Tally(poll);

    /// <summary>The poll's message was deleted: the poll no longer counts and never closes with a result.</summary>
    public void Cancel(Poll poll)
    {
        // Whichever of a close and a cancel comes first wins, through any copy of the poll.
        if (_open.TryEnd(poll, PollState.Cancelled, _time.GetUtcNow())) Forget(poll);
    }

    /// <summary>Closes the poll for good; a poll past its deadline closes at its deadline, even if noticed later.</summary>
    public PollTally Close(Poll poll)
    {
        var now = _time.GetUtcNow();
        if (!_open.TryEnd(poll, PollState.Closed, now < poll.ClosesAt ? now : poll.ClosesAt)) return Tally(poll);
        Forget(poll);
        var final = Tally(poll);
        Closed?.Invoke(final);
        return final;
    }

    // An ended poll: reactions to it are no votes, and nothing of it need stay in memory.
    private void Forget(Poll poll)
    {
        _ballots.Forget(poll.Id);
        _recounts.Forget(poll.Id);
    }
}
