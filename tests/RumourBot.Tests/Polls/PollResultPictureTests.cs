using RumourBot.Tests.Support;

namespace RumourBot.Tests.Polls;

/// <summary>
/// A closed poll's results carry its result chart; an open poll's, or one nobody voted in, do not. /poll close answers
/// with the tally only: the chart is posted once, with the result message in the poll's channel.
/// </summary>
public class PollResultPictureTests
{
    [Fact]
    public async Task The_result_chart_comes_with_a_closed_polls_results_only()
    {
        using var bot = new TestBot();
        var poll = TestPolls.Open(bot.Polls, bot.Time);
        bot.Polls.AddVote(poll, 100, "ann", "✅");
        bot.Polls.AddVote(poll, 101, "ben", "✅");
        bot.Polls.AddVote(poll, 102, "cat", "❌");

        var open = await bot.RunAsync($"/poll results id:{poll.Id}");
        var closed = await bot.RunAsync($"/poll close id:{poll.Id}");
        var afterwards = await bot.RunAsync($"/poll results id:{poll.Id}");

        Assert.Null(open.Image);
        Assert.Null(closed.Image);
        Assert.Contains("67% (2)", closed.Description, StringComparison.Ordinal);
        Assert.Equal($"poll-{poll.Id}-result.png", afterwards.Image!.FileName);
        Assert.Contains("Yes 67% (2), No 33% (1)", afterwards.Image.Description);
    }

    [Fact]
    public async Task A_poll_closed_without_votes_has_no_chart()
    {
        using var bot = new TestBot();
        var poll = TestPolls.Open(bot.Polls, bot.Time);

        var closed = await bot.RunAsync($"/poll close id:{poll.Id}");

        Assert.Null(closed.Image);
    }
}
