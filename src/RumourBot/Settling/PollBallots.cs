using LiteDB;
using RumourBot.Polls;
using RumourBot.Storage;

namespace RumourBot.Settling;

/// <summary>
/// Each member's final answers in a closed poll, read from the stored votes. The one place settling reads votes
/// themselves (PollBook exposes tallies, not ballots), so a change in how votes are stored is adapted here.
/// </summary>
public sealed class PollBallots(RumourDatabase database)
{
    public IReadOnlyList<Ballot> Read(Poll poll)
    {
        var answers = poll.Options.Select(o => o.Emoji).ToList();
        // A vote's id starts with its poll's number and a colon (Vote.IdFor), so the id index finds a poll's votes
        // with no index of its own on PollId.
        return database.Votes.Find(Query.StartsWith("_id", FormattableString.Invariant($"{poll.Id}:")))
            .Where(v => v.PollId == poll.Id && answers.Contains(v.Emoji))
            .GroupBy(v => v.VoterId)
            .Select(g =>
            {
                var latest = g.MaxBy(v => v.At)!;
                // In the poll's order, so a ballot reads the same however the votes were stored.
                return new Ballot(g.Key, latest.VoterName, [.. answers.Where(a => g.Any(v => v.Emoji == a))]);
            })
            .OrderBy(b => b.VoterId)
            .ToList();
    }
}
