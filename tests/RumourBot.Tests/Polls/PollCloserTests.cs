using System.Threading.Channels;
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
        var sweeps = Sweeps(closer);
        using var stop = new CancellationTokenSource();
        await closer.StartAsync(stop.Token);
        Assert.Equal(0, await NextSweepAsync(sweeps, _ => true)); // the pass at start-up

        // A minute at a time, as the clock would run; each minute waits for the closer's pass on that tick.
        var closedEarly = 0;
        for (var minute = 0; minute < 89; minute++)
        {
            bot.Time.Advance(TimeSpan.FromMinutes(1));
            closedEarly += await NextSweepAsync(sweeps, _ => true) ?? 0;
        }
        var stillOpen = closed.Count;
        bot.Time.Advance(TimeSpan.FromMinutes(1)); // the deadline
        var atDeadline = await NextSweepAsync(sweeps, _ => true);
        await closer.StopAsync(default);

        Assert.Equal(0, closedEarly);
        Assert.Equal(0, stillOpen);
        Assert.Equal(1, atDeadline);
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

    // Every pass of the closer, as it ends: how many polls it closed, or null when it failed.
    private static ChannelReader<int?> Sweeps(PollCloser closer)
    {
        var sweeps = Channel.CreateUnbounded<int?>();
        closer.Swept += closed => sweeps.Writer.TryWrite(closed);
        return sweeps.Reader;
    }

    private static async Task<int?> NextSweepAsync(ChannelReader<int?> sweeps, Func<int?, bool> until)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var closed = await sweeps.ReadAsync(patience.Token);
            if (until(closed)) return closed;
        }
    }

    [Fact]
    public async Task A_pass_the_database_fails_is_logged_the_host_keeps_running_and_a_later_pass_closes_the_polls()
    {
        using var bot = new TestBot();
        var poll = TestPolls.Open(bot.Polls, bot.Time);
        var damaged = TestPolls.Open(bot.Polls, bot.Time, question: "Will he go?");
        // A document the mapper cannot read, as a damaged file gives: reading the due polls throws.
        bot.Database.Collection<Poll>(LiteDbPollStore.PollsCollection).UpdateMany("{ CreatedAt: 'last Tuesday' }", $"_id = {damaged.Id}");
        var closer = new PollCloser(bot.Polls, bot.Time, NullLogger<PollCloser>.Instance);
        var sweeps = Sweeps(closer);
        await using var host = await ServiceHost.StartAsync(closer);

        Assert.Equal(0, await NextSweepAsync(sweeps, _ => true)); // at start-up, nothing is due
        bot.Time.Advance(TimeSpan.FromDays(1));
        await NextSweepAsync(sweeps, closed => closed is null);
        var stoppedAfterFailure = host.IsStopping || closer.ExecuteTask!.IsCompleted;
        bot.Database.Collection<Poll>(LiteDbPollStore.PollsCollection).UpdateMany("{ CreatedAt: $.ClosesAt }", $"_id = {damaged.Id}"); // repaired
        bot.Time.Advance(PollCloser.Interval);
        var closed = await NextSweepAsync(sweeps, closed => closed > 0);

        Assert.False(stoppedAfterFailure);
        Assert.Equal(2, closed);
        Assert.Equal(PollState.Closed, bot.Polls.Find(1, poll.Id)!.State);
        Assert.False(host.IsStopping);
    }

    [Fact]
    public async Task A_poll_on_discord_whose_deadline_passed_while_the_bot_was_down_is_recounted_before_it_closes()
    {
        using var bot = new TestBot();
        var onDiscord = TestPolls.Open(bot.Polls, bot.Time);
        bot.Polls.Attach(onDiscord, channelId: 10, messageId: 20);
        bot.Polls.AddVote(onDiscord, 1, "one", "✅");
        var inConsole = TestPolls.Open(bot.Polls, bot.Time, question: "Will he go?");
        bot.Time.Advance(TimeSpan.FromDays(2)); // down across both deadlines; voter 2 reacted before the deadline meanwhile
        bot.Reopen();
        var closer = new PollCloser(bot.Polls, bot.Time, NullLogger<PollCloser>.Instance);
        var closedTallies = new List<PollTally>();
        bot.Polls.Closed += closedTallies.Add;

        await closer.StartAsync(CancellationToken.None);
        var beforeRecount = closedTallies.Select(t => t.Poll.Id).ToList();
        var overdue = bot.Polls.Find(1, onDiscord.Id)!;
        var window = bot.Polls.BeginRecount(overdue);
        var recount = bot.Polls.Recount(overdue, window, new Dictionary<string, IReadOnlyList<PollVoter>>
        {
            ["✅"] = [new PollVoter(1, "one"), new PollVoter(2, "two")],
            ["❌"] = [],
        });
        await closer.StopAsync(CancellationToken.None);

        Assert.Equal([inConsole.Id], beforeRecount); // in the console there is nothing to recount
        Assert.Equal(1, recount.Added);
        var final = Assert.Single(closedTallies, t => t.Poll.Id == onDiscord.Id);
        Assert.Equal(2, final.Voters);
        Assert.Equal(onDiscord.ClosesAt, final.Poll.ClosedAt);
    }

    [Fact]
    public async Task An_overdue_poll_on_discord_that_is_never_recounted_closes_after_the_grace()
    {
        using var bot = new TestBot();
        var onDiscord = TestPolls.Open(bot.Polls, bot.Time);
        bot.Polls.Attach(onDiscord, channelId: 10, messageId: 20);
        bot.Time.Advance(TimeSpan.FromDays(2));
        bot.Reopen();
        var closer = new PollCloser(bot.Polls, bot.Time, NullLogger<PollCloser>.Instance);
        var sweeps = Sweeps(closer);

        await closer.StartAsync(CancellationToken.None);
        var atStart = await NextSweepAsync(sweeps, _ => true);
        bot.Time.Advance(PollCloser.RecountGrace);
        var afterGrace = await NextSweepAsync(sweeps, closed => closed > 0);
        await closer.StopAsync(CancellationToken.None);

        Assert.Equal(0, atStart);
        Assert.Equal(1, afterGrace);
        Assert.Equal(PollState.Closed, bot.Polls.Find(1, onDiscord.Id)!.State);
    }
}
