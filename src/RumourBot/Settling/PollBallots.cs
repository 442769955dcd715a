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
        return database.Votes.Find(v => v.PollId == poll.Id)
            .Where(v => answers.Contains(v.Emoji))
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
