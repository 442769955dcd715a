using RumourBot.Polls;
using RumourBot.Replies;

namespace RumourBot.Charts;

/// <summary>A poll's result as a picture: its answers' final votes and when each was cast.</summary>
public static class PollPictures
{
    public static ReplyImage Result(Poll poll, IEnumerable<Vote> votes)
    {
        var byEmoji = votes.GroupBy(v => v.Emoji).ToDictionary(g => g.Key, g => g.Select(v => v.At).ToList());
        var data = new PollChartData(
            poll.Question,
            poll.Options.Select(o => new PollChartAnswer(o.Label, byEmoji.GetValueOrDefault(o.Emoji) ?? [])).ToList(),
            poll.CreatedAt,
            poll.ClosedAt ?? poll.ClosesAt);
        var chart = PollResultChart.Render(data, $"poll-{poll.Id}-result.png");
        return new ReplyImage(chart.FileName, chart.Png, chart.Description);
    }
}
