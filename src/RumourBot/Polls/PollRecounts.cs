using System.Collections.Concurrent;

namespace RumourBot.Polls;

/// <summary>
/// The recount protocol: a recount begins (<see cref="Begin"/>) before the poll message's reactions are read, and
/// members whose votes change live from then on keep their live vote; the stored votes then become the
/// reactions, as one transaction. A later recount of the same poll (another READY) takes over from an earlier one.
/// </summary>
internal sealed class PollRecounts(OpenPolls open, BallotBox ballots)
{
    private readonly ConcurrentDictionary<int, byte> _recounted = new();

    public RecountWindow Begin(Poll poll) => ballots.BeginRecount(poll.Id);

    /// <summary>
    /// Makes the poll's votes equal the reactions read since <paramref name="window"/> began; null when it did
    /// nothing (a later recount took over, or the poll has ended).
    /// </summary>
    public RecountResult? Recount(Poll poll, RecountWindow window, IReadOnlyDictionary<string, IReadOnlyList<PollVoter>> reactions, DateTimeOffset now)
    {
        var result = ballots.Write([poll.Id], writes =>
        {
            if (!ballots.EndRecount(poll.Id, window)) return null;
            // A poll past its deadline but not yet closed is recounted too: its deadline passed while the bot was
            // down, and the votes cast before it are only on the message.
            if (open.Current(poll).State != PollState.Open) return null;
            return Reconcile(poll, window, reactions, writes, now);
        });
        if (result is not null) _recounted[poll.Id] = 0;
        return result;
    }

    /// <summary>Whether the poll has been recounted from its message since the bot started.</summary>
    public bool WasRecounted(int pollId) => _recounted.ContainsKey(pollId);

    /// <summary>An ended poll is never recounted again: nothing need be kept for it.</summary>
    public void Forget(int pollId) => _recounted.TryRemove(pollId, out _);

    // Within BallotBox.Write: the ballots in memory become the reactions, but for members who voted live meanwhile.
    // In a single-choice poll a member found on several answers keeps one (an answer not counted before, being the
    // newer one) and the others are returned, for the bot to remove.
    private RecountResult Reconcile(Poll poll, RecountWindow window, IReadOnlyDictionary<string, IReadOnlyList<PollVoter>> reactions, VoteWrites writes, DateTimeOffset now)
    {
        var pollBallots = ballots.Of(poll.Id);
        var reacted = poll.Options
            .SelectMany(o => reactions.GetValueOrDefault(o.Emoji, []).Select(voter => (Voter: voter, o.Emoji)))
            .GroupBy(r => r.Voter.Id)
            .ToDictionary(g => g.Key, g => g.ToList());
        var (added, removed) = (0, 0);
        var extra = new List<(ulong VoterId, string Emoji)>();
        foreach (var voterId in reacted.Keys.Union(pollBallots.Voters).Where(id => !window.ChangedLive(id)).ToList())
        {
            var has = pollBallots.Of(voterId).ToList();
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
                pollBallots.Remove(vote.Id);
                writes.Delete(vote.Id);
                removed++;
            }
            foreach (var (voter, emoji) in keep.Where(k => has.All(v => v.Emoji != k.Emoji)))
            {
                var vote = new Vote { Id = Vote.IdFor(poll.Id, voterId, emoji), PollId = poll.Id, VoterId = voterId, VoterName = voter.Name, Emoji = emoji, At = now };
                pollBallots.Add(vote);
                writes.Insert(vote);
                added++;
            }
        }
        return new RecountResult(added, removed, extra);
    }
}
