using System.Diagnostics;

namespace RumourBot.Polls;

/// <summary>
/// The open polls' votes in memory (a <see cref="Ballots"/> each, loaded on first use) and the one lock every change
/// of votes holds, so memory and file always agree: a change is worked out in memory and written through the store
/// as one transaction. The recounts under way live here too, as the live changes they must leave alone are noted
/// under the same lock.
/// </summary>
internal sealed class BallotBox(IPollStore store)
{
    private readonly Dictionary<int, Ballots> _ballots = [];

    // Polls being recounted, with the members whose votes changed live meanwhile (see RecountWindow).
    private readonly Dictionary<int, RecountWindow> _recounting = [];
    private readonly Lock _lock = new();

    /// <summary>
    /// Works out a change of some polls' votes under the lock (<paramref name="decide"/> adds to the writes, reading
    /// ballots through <see cref="Of"/>), writes it as one transaction, then lets <paramref name="written"/> note
    /// what changed while still holding the lock. If anything fails on the way, those polls' ballots are dropped
    /// from memory, to be read back from the store, which kept none of it.
    /// </summary>
    public T Write<T>(IEnumerable<int> pollIds, Func<VoteWrites, T> decide, Action<T>? written = null)
    {
        lock (_lock)
        {
            T result;
            try
            {
                var writes = new VoteWrites();
                result = decide(writes);
                if (!writes.IsEmpty) writes.WriteTo(store);
            }
            catch
            {
                foreach (var id in pollIds) _ballots.Remove(id);
                throw;
            }
            written?.Invoke(result);
            return result;
        }
    }

    /// <summary>An open poll's ballots; call within <see cref="Write"/>. Loaded from the store on first use.</summary>
    public Ballots Of(int pollId)
    {
        Debug.Assert(_lock.IsHeldByCurrentThread);
        if (!_ballots.TryGetValue(pollId, out var ballots))
        {
            _ballots[pollId] = ballots = new Ballots(store.Votes(pollId));
        }
        return ballots;
    }

    /// <summary>A member's vote changed live; call within <see cref="Write"/>. A recount under way leaves them alone.</summary>
    public void NoteLiveChange(int pollId, ulong voterId)
    {
        Debug.Assert(_lock.IsHeldByCurrentThread);
        if (_recounting.TryGetValue(pollId, out var window)) window.NoteLiveChange(voterId);
    }

    /// <summary>A recount of the poll starts now; a later one of the same poll takes over from it.</summary>
    public RecountWindow BeginRecount(int pollId)
    {
        lock (_lock) return _recounting[pollId] = new RecountWindow();
    }

    /// <summary>
    /// Ends the poll's recount if <paramref name="window"/> is still the latest one, and says whether it was; call
    /// within <see cref="Write"/>.
    /// </summary>
    public bool EndRecount(int pollId, RecountWindow window)
    {
        Debug.Assert(_lock.IsHeldByCurrentThread);
        if (!_recounting.TryGetValue(pollId, out var current) || current != window) return false;
        _recounting.Remove(pollId);
        return true;
    }

    /// <summary>A poll no longer open: its ballots need not stay in memory.</summary>
    public void Forget(int pollId)
    {
        lock (_lock) _ballots.Remove(pollId);
    }

    /// <summary>Every vote of a poll: from memory while it is open and loaded, else from the store.</summary>
    public IReadOnlyList<Vote> Votes(int pollId)
    {
        lock (_lock) return _ballots.TryGetValue(pollId, out var ballots) ? [.. ballots.All] : store.Votes(pollId);
    }

    public PollTally Tally(Poll poll)
    {
        lock (_lock)
        {
            return _ballots.TryGetValue(poll.Id, out var ballots)
                ? PollTally.Of(poll, ballots.All)
                : PollTally.Of(poll, store.Votes(poll.Id));
        }
    }
}
