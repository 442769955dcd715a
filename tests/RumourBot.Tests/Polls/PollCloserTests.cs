using Microsoft.Extensions.Logging.Abstractions;
using RumourBot.Polls;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Polls;

public class PollCloserTests
{
    [Fact]
    public async Task A_poll_closes_at_its_deadline_on_the_clock()
    {
        using var bot = new TestBot();
        await bot.RunAsync("/poll create question:Will he go? duration:90m");
        var closer = new PollCloser(bot.Polls, bot.Time, NullLogger<PollCloser>.Instance);
        var closed = new List<PollTally>();
        bot.Polls.Closed += closed.Add;
        using var stop = new CancellationTokenSource();
        await closer.StartAsync(stop.Token);

        // A minute at a time, as the clock would run, giving the closer's loop time to wait for its next tick.
        for (var minute = 0; minute < 89; minute++)
        {
            bot.Time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(2);
        }
        var stillOpen = closed.Count;
        for (var minute = 0; minute < 30 && closed.Count == 0; minute++)
        {
            bot.Time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(20);
        }
        await closer.StopAsync(default);

        Assert.Equal(0, stillOpen);
        var tally = Assert.Single(closed);
        Assert.Equal(PollState.Closed, tally.Poll.State);
        Assert.Equal(tally.Poll.ClosesAt, tally.Poll.ClosedAt);
    }

    [Fact]
    public async Task A_deadline_that_passed_while_the_bot_was_down_closes_on_start_up()
    {
        using var bot = new TestBot();
        await bot.RunAsync("/poll create question:Will he go? duration:1h");
        bot.Time.Advance(TimeSpan.FromDays(2));
        bot.Reopen();
        var closer = new PollCloser(bot.Polls, bot.Time, NullLogger<PollCloser>.Instance);

        await closer.StartAsync(default);
        await closer.StopAsync(default);

        Assert.Equal(PollState.Closed, bot.Polls.Find(1, 1)!.State);
        Assert.Equal(0, closer.CloseDue());
    }
}
