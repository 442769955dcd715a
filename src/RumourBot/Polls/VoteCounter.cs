namespace RumourBot.Polls;

/// <summary>
/// What a reaction does to the votes: a vote counted once however often it arrives, a second answer moving a
/// single-choice poll's vote, a taken-back reaction removing its vote, nothing once the poll has ended. Works in
/// the open polls' ballots in memory and writes each batch as one transaction.
/// </summary>
internal sealed class VoteCounter(OpenPolls open, BallotBox ballots)
{
    /// <summary>Applies the changes in order, as one transaction; one outcome each, in the same order.</summary>
    public IReadOnlyList<VoteOutcome> Apply(IReadOnlyList<VoteChange> changes, DateTimeOffset now) =>
        ballots.Write(changes.Select(c => c.Poll.Id),
            writes => changes.Select(change => IsOpen(change.Poll, now)
                ? ApplyOne(change, ballots.Of(change.Poll.Id), writes, now)
                : new VoteOutcome(VoteResult.PollClosed, [])).ToList(),
            outcomes =>
            {
                for (var i = 0; i < changes.Count; i++)
                {
                    if (outcomes[i].Result == VoteResult.Counted) ballots.NoteLiveChange(changes[i].Poll.Id, changes[i].VoterId);
                }
            });

    /// <summary>Removes the poll's votes for one emoji, or all of them; the votes removed.</summary>
    public IReadOnlyList<Vote> RemoveVotes(Poll poll, string? emoji, DateTimeOffset now) =>
        ballots.Write([poll.Id], writes =>
        {
            if (!IsOpen(poll, now)) return [];
            var pollBallots = ballots.Of(poll.Id);
            var cleared = pollBallots.All.Where(v => emoji is null || v.Emoji == emoji).ToList();
            foreach (var vote in cleared)
            {
                pollBallots.Remove(vote.Id);
                writes.Delete(vote.Id);
            }
            return (IReadOnlyList<Vote>)cleared;
        },
        cleared =>
        {
            foreach (var vote in cleared) ballots.NoteLiveChange(poll.Id, vote.VoterId);
        });

    // The copy a change carries may be older than a close or cancel through another path: the shared one knows.
    private bool IsOpen(Poll poll, DateTimeOffset now) => open.Current(poll) is { State: PollState.Open } current && now < current.ClosesAt;

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
}
