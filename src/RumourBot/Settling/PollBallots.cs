using RumourBot.Polls;

namespace RumourBot.Settling;

/// <summary>
/// Each member's final answers in a closed poll, from its stored votes: the one place settling reads votes themselves.
/// </summary>
public sealed class PollBallots(PollBook polls)
{
    public IReadOnlyList<Ballot> Read(Poll poll)
    {
        var answers = poll.Options.Select(o => o.Emoji).ToList();
        return polls.Votes(poll.Id)
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
