namespace RumourBot.Polls;

/// <summary>
/// The vote changes <see cref="VoteQueue"/> stores together, with, for the votes whose sender waits (the local
/// console), where to report each one's outcome.
/// </summary>
internal sealed class VoteBatch(int capacity)
{
    private readonly List<VoteChange> _changes = new(capacity);
    private readonly List<TaskCompletionSource<VoteOutcome>?> _waiting = new(capacity);

    public IReadOnlyList<VoteChange> Changes => _changes;

    public int Count => _changes.Count;

    public void Add(VoteChange change, TaskCompletionSource<VoteOutcome>? outcome)
    {
        _changes.Add(change);
        _waiting.Add(outcome);
    }

    /// <summary>The whole batch was stored: each waiting sender hears its own vote's outcome.</summary>
    public void Complete(IReadOnlyList<VoteOutcome> outcomes)
    {
        for (var i = 0; i < _waiting.Count; i++) Complete(i, outcomes[i]);
    }

    public void Complete(int index, VoteOutcome outcome) => _waiting[index]?.TrySetResult(outcome);

    public void Fail(int index, Exception error) => _waiting[index]?.TrySetException(error);

    public void Clear()
    {
        _changes.Clear();
        _waiting.Clear();
    }
}
