namespace RumourBot.Polls;

/// <summary>
/// An open poll's votes in memory, by id and by member, so a vote needs no database read: deciding what a
/// reaction changes is a dictionary lookup, and only the change itself is written.
/// </summary>
internal sealed class Ballots
{
    private readonly Dictionary<string, Vote> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, List<Vote>> _byVoter = [];

    public Ballots(IEnumerable<Vote> stored)
    {
        foreach (var vote in stored) Add(vote);
    }

    public IEnumerable<Vote> All => _byId.Values;

    public bool Contains(string voteId) => _byId.ContainsKey(voteId);

    public IReadOnlyList<Vote> Of(ulong voterId) => _byVoter.TryGetValue(voterId, out var votes) ? votes : [];

    public IEnumerable<ulong> Voters => _byVoter.Keys;

    public void Add(Vote vote)
    {
        _byId.Add(vote.Id, vote);
        if (!_byVoter.TryGetValue(vote.VoterId, out var votes)) _byVoter[vote.VoterId] = votes = [];
        votes.Add(vote);
    }

    public bool Remove(string voteId)
    {
        if (!_byId.Remove(voteId, out var vote)) return false;
        var votes = _byVoter[vote.VoterId];
        votes.Remove(vote);
        if (votes.Count == 0) _byVoter.Remove(vote.VoterId);
        return true;
    }
}
