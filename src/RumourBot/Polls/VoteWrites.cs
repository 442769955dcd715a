namespace RumourBot.Polls;

/// <summary>
/// The net database writes of a batch of vote changes: a vote added and taken back within the batch is never
/// written, and removals go before insertions so a vote removed and cast again ends up stored.
/// </summary>
internal sealed class VoteWrites
{
    private readonly Dictionary<string, Vote> _inserts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _deletes = new(StringComparer.Ordinal);

    public void Insert(Vote vote) => _inserts[vote.Id] = vote;

    public void Delete(string voteId)
    {
        if (!_inserts.Remove(voteId)) _deletes.Add(voteId);
    }

    public bool IsEmpty => _inserts.Count == 0 && _deletes.Count == 0;

    /// <summary>Writes the batch as one transaction.</summary>
    public void WriteTo(IPollStore store) => store.WriteVotes(_deletes, _inserts.Values);
}
