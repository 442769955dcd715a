using System.Collections.Concurrent;

namespace RumourBot.Polls;

/// <summary>
/// The open polls in memory: one shared instance of each, found by number and by message. However a poll is read
/// (its message's reaction, /poll close, the closer's due list, a settlement's linked polls), an open poll is that
/// one instance, so whichever close or cancel comes first is seen by every holder and no copy can vote on after it.
/// A poll leaves at its end; only open polls are kept.
/// </summary>
internal sealed class OpenPolls(IPollStore store)
{
    private readonly ConcurrentDictionary<int, Poll> _byId = new();
    private readonly ConcurrentDictionary<ulong, Poll> _byMessage = new();

    // Taken to add a poll and to end one. A poll read from the store just before another thread ended it must not
    // come back as open: _ends counts the ends, and a read older than the latest end is checked again.
    private readonly Lock _lock = new();
    private long _ends;

    /// <summary>Reads one poll from the store; an open one comes back as its shared instance.</summary>
    public Poll? Read(Func<IPollStore, Poll?> query)
    {
        var mark = Interlocked.Read(ref _ends);
        return query(store) is { } read ? Share(read, mark) : null;
    }

    /// <summary>Reads polls from the store; the open ones come back as their shared instances.</summary>
    public IReadOnlyList<Poll> ReadAll(Func<IPollStore, IReadOnlyList<Poll>> query)
    {
        var mark = Interlocked.Read(ref _ends);
        var read = query(store);
        return read.All(p => p.State != PollState.Open) ? read : read.Select(p => Share(p, mark)).ToList();
    }

    /// <summary>The open poll with this number, if it is in memory.</summary>
    public Poll? Known(int pollId) => _byId.GetValueOrDefault(pollId);

    /// <summary>The open poll with this message, if it is in memory: every reaction asks.</summary>
    public Poll? KnownByMessage(ulong messageId) => _byMessage.GetValueOrDefault(messageId);

    /// <summary>A poll just stored: if open, it is the shared instance from now on.</summary>
    public void Adopt(Poll poll)
    {
        if (poll.State != PollState.Open) return;
        lock (_lock) Index(poll);
    }

    /// <summary>
    /// The poll as it stands now: its shared instance while it is open in memory; otherwise, for a copy that still
    /// says open (read elsewhere, or before a restart of the book), what the store says, shared if still open.
    /// </summary>
    public Poll Current(Poll poll)
    {
        if (_byId.TryGetValue(poll.Id, out var shared)) return shared;
        return poll.State == PollState.Open ? Read(s => s.Find(poll.Id)) ?? poll : poll;
    }

    /// <summary>Remembers where the poll's message is, on the copy given and on the shared instance, and stores it.</summary>
    public void Attach(Poll poll, ulong channelId, ulong messageId)
    {
        lock (_lock)
        {
            var shared = _byId.GetValueOrDefault(poll.Id) ?? poll;
            foreach (var copy in Copies(poll, shared))
            {
                copy.ChannelId = channelId;
                copy.MessageId = messageId;
            }
            store.Save(shared);
            if (shared.State == PollState.Open) Index(shared);
        }
    }

    /// <summary>
    /// Ends an open poll (closed or cancelled) and stores it: the first end wins, through any copy. The copy given and
    /// the shared instance take the new state. False when the poll had already ended.
    /// </summary>
    public bool TryEnd(Poll poll, PollState state, DateTimeOffset endedAt)
    {
        lock (_lock)
        {
            var shared = _byId.GetValueOrDefault(poll.Id);
            // Not in memory: ended already, or read around the book. The store says which (no end can run meanwhile).
            if (shared is null && (poll.State != PollState.Open || store.Find(poll.Id) is not { State: PollState.Open })) return false;
            shared ??= poll;
            foreach (var copy in Copies(poll, shared))
            {
                copy.State = state;
                copy.ClosedAt = endedAt;
            }
            store.Save(shared);
            _byId.TryRemove(poll.Id, out _);
            if (shared.MessageId is { } messageId) _byMessage.TryRemove(messageId, out _);
            Interlocked.Increment(ref _ends);
            return true;
        }
    }

    private Poll Share(Poll read, long mark)
    {
        if (read.State != PollState.Open) return read;
        if (_byId.TryGetValue(read.Id, out var shared)) return shared;
        lock (_lock)
        {
            if (_byId.TryGetValue(read.Id, out shared)) return shared;
            if (Interlocked.Read(ref _ends) != mark)
            {
                // A poll ended since this was read: read again, and share it only if it is still open.
                if (store.Find(read.Id) is not { } again) return read;
                if (again.State != PollState.Open) return again;
                read = again;
            }
            Index(read);
            return read;
        }
    }

    // Call holding _lock.
    private void Index(Poll poll)
    {
        _byId[poll.Id] = poll;
        if (poll.MessageId is { } messageId) _byMessage[messageId] = poll;
    }

    private static IEnumerable<Poll> Copies(Poll poll, Poll shared) => ReferenceEquals(poll, shared) ? [poll] : [poll, shared];
}
