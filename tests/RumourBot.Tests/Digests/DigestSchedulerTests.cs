using RumourBot.Digests;
using RumourBot.Commands;
using RumourBot.Replies;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Digests;

public class DigestSchedulerTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(15);

    /// <summary>Runs the clock in steps to <paramref name="until"/>, letting the scheduler post whatever is due at each step.</summary>
    private static async Task RunClockAsync(DigestBot bot, DigestScheduler scheduler, DateTimeOffset until)
    {
        while (bot.Time.GetUtcNow() < until)
        {
            bot.Time.Advance(Step);
            await scheduler.PostDueAsync(CancellationToken.None);
        }
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public async Task Daily_at_nine_London_goes_out_at_nine_local_each_day_across_the_March_clock_change()
    {
        using var bot = new DigestBot(Utc(2027, 3, 26, 12));
        Assert.Equal("Digest scheduled", (await bot.RunAsync("/digest schedule channel:#digests cron:0 9 * * *")).Title);
        var scheduler = bot.NewScheduler();

        await RunClockAsync(bot, scheduler, Utc(2027, 3, 30, 12));

        // 27 March is still GMT (09:00 UTC); from 28 March, the day the clocks go forward, 09:00 BST is 08:00 UTC.
        Assert.Equal([Utc(2027, 3, 27, 9), Utc(2027, 3, 28, 8), Utc(2027, 3, 29, 8), Utc(2027, 3, 30, 8)], bot.Poster.Posts.Select(p => p.At));
    }

    [Fact]
    public async Task Daily_at_nine_London_goes_out_at_nine_local_each_day_across_the_October_clock_change()
    {
        using var bot = new DigestBot(Utc(2027, 10, 29, 12));
        await bot.RunAsync("/digest schedule channel:#digests cron:0 9 * * * timezone:Europe/London");
        var scheduler = bot.NewScheduler();

        await RunClockAsync(bot, scheduler, Utc(2027, 11, 1, 12));

        // 30 October is BST (08:00 UTC); on 31 October the clocks go back at 02:00 local, so 09:00 is 09:00 UTC.
        Assert.Equal([Utc(2027, 10, 30, 8), Utc(2027, 10, 31, 9), Utc(2027, 11, 1, 9)], bot.Poster.Posts.Select(p => p.At));
    }

    [Fact]
    public async Task Each_slot_is_posted_once_however_often_the_scheduler_looks()
    {
        using var bot = new DigestBot(Utc(2027, 3, 26, 8, 50));
        await bot.RunAsync("/digest schedule channel:#digests cron:0 9 * * *");
        var scheduler = bot.NewScheduler();

        bot.Time.SetUtcNow(Utc(2027, 3, 26, 9));
        for (var i = 0; i < 5; i++)
        {
            await scheduler.PostDueAsync(CancellationToken.None);
            bot.Time.Advance(TimeSpan.FromSeconds(30));
        }

        var post = Assert.Single(bot.Poster.Posts);
        Assert.Equal(Utc(2027, 3, 26, 9), post.At);
        Assert.Equal(DigestNonce.ForSlot(post.Channel, Utc(2027, 3, 26, 9)), post.Nonce);
    }

    [Fact]
    public async Task Downtime_over_three_slots_gives_one_catch_up_digest_covering_all_of_it()
    {
        using var bot = new DigestBot(Utc(2027, 5, 3, 12));
        await bot.RunAsync("/digest schedule channel:#digests cron:0 9 * * *");
        var scheduler = bot.NewScheduler();
        await RunClockAsync(bot, scheduler, Utc(2027, 5, 4, 10));
        Assert.Single(bot.Poster.Posts); // 4 May, 09:00 BST = 08:00 UTC
        bot.Import("03-trent-real-madrid-talks-advance.txt"); // news while the bot was still up

        // Down from 10:00 UTC on 4 May until 10:00 on 7 May: the slots of 5, 6 and 7 May pass unseen.
        bot.Reopen();
        bot.Time.SetUtcNow(Utc(2027, 5, 7, 10));
        var restarted = bot.NewScheduler();
        await restarted.PostDueAsync(CancellationToken.None);
        await RunClockAsync(bot, restarted, Utc(2027, 5, 7, 20));

        Assert.Equal(2, bot.Poster.Posts.Count);
        var catchUp = bot.Poster.Posts[1];
        Assert.Equal(Utc(2027, 5, 7, 10), catchUp.At);
        Assert.Equal(DigestNonce.ForSlot(catchUp.Channel, Utc(2027, 5, 7, 8)), catchUp.Nonce); // for the latest slot only
        Assert.Contains("Trent Alexander-Arnold", catchUp.Text); // imported before the downtime, after the last digest
        Assert.Equal(Utc(2027, 5, 8, 8), bot.Book.Find(DigestBot.Guild)!.NextSlot);
    }

    [Fact]
    public async Task A_restart_right_after_posting_does_not_post_again()
    {
        using var bot = new DigestBot(Utc(2027, 6, 1, 7, 55));
        await bot.RunAsync("/digest schedule channel:#digests cron:0 9 * * *");
        bot.Time.SetUtcNow(Utc(2027, 6, 1, 8));
        await bot.NewScheduler().PostDueAsync(CancellationToken.None);
        Assert.Single(bot.Poster.Posts);

        bot.Reopen();
        bot.Time.Advance(TimeSpan.FromSeconds(1));
        var restarted = bot.NewScheduler();
        await restarted.PostDueAsync(CancellationToken.None);
        await RunClockAsync(bot, restarted, Utc(2027, 6, 1, 20));

        Assert.Single(bot.Poster.Posts);
    }

    [Fact]
    public async Task A_slot_is_claimed_before_posting_so_a_crash_mid_post_never_repeats_it_and_its_news_waits_for_the_next_digest()
    {
        using var bot = new DigestBot(Utc(2027, 6, 1, 7, 55));
        await bot.RunAsync("/digest schedule channel:#digests cron:0 9 * * *");
        bot.Import("03-trent-real-madrid-talks-advance.txt");
        bot.Time.SetUtcNow(Utc(2027, 6, 1, 8));
        var crashing = new DigestScheduler(bot.Book, new DigestPublisher(bot.Book, bot.Composer, new CrashingPoster(), bot.Time,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<DigestPublisher>.Instance), bot.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<DigestScheduler>.Instance);

        await crashing.PostDueAsync(CancellationToken.None); // the post dies part-way; the scheduler logs it and carries on
        bot.Reopen();
        var restarted = bot.NewScheduler();
        await RunClockAsync(bot, restarted, Utc(2027, 6, 2, 9));

        var next = Assert.Single(bot.Poster.Posts); // the 1 June slot is not posted again after the "crash"
        Assert.Equal(Utc(2027, 6, 2, 8), next.At);
        Assert.Contains("Trent Alexander-Arnold", next.Text);
    }

    [Fact]
    public async Task Turning_the_schedule_off_stops_the_posting()
    {
        using var bot = new DigestBot(Utc(2027, 6, 1, 12));
        await bot.RunAsync("/digest schedule channel:#digests cron:0 9 * * *");
        var scheduler = bot.NewScheduler();
        await RunClockAsync(bot, scheduler, Utc(2027, 6, 2, 12));
        Assert.Single(bot.Poster.Posts);

        var off = await bot.RunAsync("/digest off", Permissions.ManageGuild);
        await RunClockAsync(bot, scheduler, Utc(2027, 6, 5, 12));

        Assert.Equal("Digests are off", off.Title);
        Assert.Single(bot.Poster.Posts);
        Assert.Null(bot.Book.Find(DigestBot.Guild));
    }

    [Fact]
    public async Task A_deleted_channel_turns_the_schedule_off_and_digest_schedule_says_so_next_time()
    {
        using var bot = new DigestBot(Utc(2027, 6, 1, 12));
        await bot.RunAsync("/digest schedule channel:#digests cron:0 9 * * *");
        bot.Poster.NextResult = new DigestDelivery(DigestDeliveryResult.ChannelUnusable, 0, "#digests was deleted");
        var scheduler = bot.NewScheduler();

        await RunClockAsync(bot, scheduler, Utc(2027, 6, 4, 12));

        var schedule = bot.Book.Find(DigestBot.Guild)!;
        Assert.False(schedule.Enabled);
        Assert.Null(schedule.NextSlot);
        Assert.Equal("#digests was deleted", schedule.DisabledReason);
        Assert.Equal(Utc(2027, 6, 2, 8), schedule.DisabledAt); // the first slot found it gone; nothing was tried after
        Assert.Empty(bot.Poster.Posts);

        bot.Poster.NextResult = null;
        var now = await bot.RunAsync("/digest now");
        Assert.StartsWith("Scheduled digests are off: #digests was deleted (Wed 2 Jun 09:00, 2 days ago). /digest schedule picks a channel again.\n", now.Description);
        var again = await bot.RunAsync("/digest schedule channel:#transfers cron:0 9 * * *");
        Assert.Contains("The earlier schedule had stopped: #digests was deleted", again.Description);
        Assert.True(bot.Book.Find(DigestBot.Guild)!.Enabled);
    }

    // The next time the scheduler goes to sleep planning for a slot that satisfies until.
    private static async Task<DateTimeOffset?> NextSleepAsync(System.Threading.Channels.ChannelReader<DateTimeOffset?> sleeps, Func<DateTimeOffset?, bool> until)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var slot = await sleeps.ReadAsync(patience.Token);
            if (until(slot)) return slot;
        }
    }

    [Fact]
    public async Task The_hosted_scheduler_wakes_at_the_slot_on_the_injected_clock_and_when_a_schedule_changes()
    {
        using var bot = new DigestBot(Utc(2027, 6, 1, 7, 58));
        var scheduler = bot.NewScheduler();
        var sleeps = System.Threading.Channels.Channel.CreateUnbounded<DateTimeOffset?>();
        scheduler.Sleeping += slot => sleeps.Writer.TryWrite(slot);
        await scheduler.StartAsync(CancellationToken.None);
        try
        {
            Assert.Null(await NextSleepAsync(sleeps.Reader, _ => true)); // asleep with nothing scheduled
            // Set after the scheduler went to sleep: the change wakes it to plan for 08:00 UTC (09:00 BST).
            await bot.RunAsync("/digest schedule channel:#digests cron:0 9 * * *");
            await NextSleepAsync(sleeps.Reader, slot => slot == Utc(2027, 6, 1, 8));
            bot.Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(59)); // 07:59:59
            await NextSleepAsync(sleeps.Reader, _ => true); // it woke (the one-minute cap), passed and slept again
            Assert.Empty(bot.Poster.Posts);

            bot.Time.Advance(TimeSpan.FromSeconds(1)); // 08:00:00
            await NextSleepAsync(sleeps.Reader, slot => slot > Utc(2027, 6, 1, 8)); // posted, now planning for the next day

            Assert.Equal(Utc(2027, 6, 1, 8), Assert.Single(bot.Poster.Posts).At);
        }
        finally
        {
            await scheduler.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_clock_moved_on_the_moment_the_scheduler_falls_asleep_still_wakes_it()
    {
        using var bot = new DigestBot(Utc(2027, 6, 1, 7, 58));
        await bot.RunAsync("/digest schedule channel:#digests cron:0 9 * * *");
        var scheduler = bot.NewScheduler();
        var moved = false;
        // The test's clock moves while the loop is between "going to sleep" and "asleep": its timer must already run.
        scheduler.Sleeping += _ =>
        {
            if (!moved) bot.Time.Advance(TimeSpan.FromMinutes(2));
            moved = true;
        };

        await PostsAtEightThenPlansForTheNextDayAsync(bot, scheduler);
    }

    [Fact]
    public async Task A_clock_moved_on_while_the_scheduler_passes_over_the_schedules_still_wakes_it_at_the_slot()
    {
        using var bot = new DigestBot(Utc(2027, 6, 1, 7, 58));
        await bot.RunAsync("/digest schedule channel:#digests cron:0 9 * * *");
        // The test's clock reaches 08:00 just after the scheduler's pass looked at it (07:58, nothing due): the sleep
        // after that pass must not start counting from 08:00, where nobody will ever move the clock again.
        var clock = new ClockMovedOnAfterFirstLook(bot.Time, Utc(2027, 6, 1, 8));
        using var scheduler = new DigestScheduler(bot.Book, bot.Publisher, clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<DigestScheduler>.Instance);

        await PostsAtEightThenPlansForTheNextDayAsync(bot, scheduler);
    }

    // Runs the hosted scheduler until it plans past 08:00 on 1 June 2027, and checks it posted that slot once.
    private static async Task PostsAtEightThenPlansForTheNextDayAsync(DigestBot bot, DigestScheduler scheduler)
    {
        var sleeps = System.Threading.Channels.Channel.CreateUnbounded<DateTimeOffset?>();
        scheduler.Sleeping += slot => sleeps.Writer.TryWrite(slot);
        await scheduler.StartAsync(CancellationToken.None);
        try
        {
            await NextSleepAsync(sleeps.Reader, slot => slot > Utc(2027, 6, 1, 8)); // posted at 08:00, planning for the next day
            Assert.Equal(Utc(2027, 6, 1, 8), Assert.Single(bot.Poster.Posts).At);
        }
        finally
        {
            await scheduler.StopAsync(CancellationToken.None);
        }
    }

    // The bot's fake clock, set on to a later time the moment after its first reading.
    private sealed class ClockMovedOnAfterFirstLook(Microsoft.Extensions.Time.Testing.FakeTimeProvider clock, DateTimeOffset later) : TimeProvider
    {
        private int _looks;

        public override DateTimeOffset GetUtcNow()
        {
            var now = clock.GetUtcNow();
            if (Interlocked.Increment(ref _looks) == 1) clock.SetUtcNow(later);
            return now;
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            clock.CreateTimer(callback, state, dueTime, period);
    }

    private sealed class CrashingPoster : IDigestPoster
    {
        public Task<DigestDelivery> PostAsync(ChannelChoice channel, IReadOnlyList<Reply> pages, string nonce, CancellationToken cancellationToken) =>
            throw new IOException("the process died here");
    }
}
