using System.Globalization;
using System.Text;

namespace RumourBot.Polls;

/// <summary>A poll's count: votes per option, voters, shares and a text bar per option.</summary>
public sealed record PollTally(Poll Poll, IReadOnlyList<(PollOption Option, int Votes)> Counts, int Voters)
{
    private const int BarWidth = 10;
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static PollTally Of(Poll poll, IEnumerable<Vote> votes)
    {
        var list = votes.ToList();
        var counts = poll.Options.Select(o => (o, list.Count(v => v.Emoji == o.Emoji))).ToList();
        return new PollTally(poll, counts, list.Select(v => v.VoterId).Distinct().Count());
    }

    public int TotalVotes => Counts.Sum(c => c.Votes);

    /// <summary>The share of votes, 0 to 1.</summary>
    public double Share(int votes) => TotalVotes == 0 ? 0 : votes / (double)TotalVotes;

    /// <summary>"✅ Yes  ██████░░░░ 60% (3)" per option.</summary>
    public IEnumerable<string> Lines() => Counts.Select(c =>
        $"{c.Option.Emoji} {c.Option.Label}  {Bar(Share(c.Votes))} {Share(c.Votes).ToString("P0", English)} ({c.Votes})");

    private static string Bar(double share)
    {
        var filled = (int)Math.Round(share * BarWidth);
        return new StringBuilder().Append('█', filled).Append('░', BarWidth - filled).ToString();
    }
}
