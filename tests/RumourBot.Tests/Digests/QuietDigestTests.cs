using RumourBot.Digests;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Digests;

/// <summary>/digest schedule … quiet:post|skip: what a scheduled slot does when nothing happened.</summary>
public class QuietDigestTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task With_quiet_skip_a_quiet_slot_posts_nothing_and_the_next_digest_carries_the_news()
    {
        using var bot = new DigestBot(Utc(2027, 1, 10, 8));
        var set = await bot.RunAsync("/digest schedule channel:#digests cron:0 9 * * * quiet:skip");
        var scheduler = bot.NewScheduler();
        Assert.Contains("no digest is posted (quiet:skip)", set.Description);

        bot.Time.SetUtcNow(Utc(2027, 1, 10, 9));
        await scheduler.PostDueAsync(CancellationToken.None);
        Assert.Empty(bot.Poster.Posts);

        bot.Time.SetUtcNow(Utc(2027, 1, 10, 15));
        bot.Import("03-trent-real-madrid-talks-advance.txt");
        bot.Time.SetUtcNow(Utc(2027, 1, 11, 9));
        await scheduler.PostDueAsync(CancellationToken.None);

        var posted = Assert.Single(bot.Poster.Posts);
        Assert.Contains("Trent Alexander-Arnold", posted.Text);
        Assert.DoesNotContain("Quiet one", posted.Text);
    }

    [Fact]
    public async Task By_default_and_with_quiet_post_a_quiet_slot_posts_the_quiet_note()
    {
        using var bot = new DigestBot(Utc(2027, 1, 10, 8));
        var set = await bot.RunAsync("/digest schedule channel:#digests cron:0 9 * * *");
        var scheduler = bot.NewScheduler();

        bot.Time.SetUtcNow(Utc(2027, 1, 10, 9));
        await scheduler.PostDueAsync(CancellationToken.None);

        Assert.Contains("(quiet:post)", set.Description);
        Assert.Contains("Quiet one", Assert.Single(bot.Poster.Posts).Text);
    }

    [Fact]
    public async Task A_moderators_digest_now_is_posted_even_when_quiet_and_skip_is_set()
    {
        using var bot = new DigestBot(Utc(2027, 1, 10, 8));
        await bot.RunAsync("/digest schedule channel:#digests cron:0 9 * * * quiet:skip");

        var reply = await bot.RunAsync("/digest now");

        Assert.Equal("Digest posted", reply.Title);
        Assert.Contains("Quiet one", Assert.Single(bot.Poster.Posts).Text);
    }

    [Fact]
    public async Task Quiet_takes_only_post_or_skip()
    {
        using var bot = new DigestBot(Utc(2027, 1, 10, 8));

        var reply = await bot.RunAsync("/digest schedule channel:#digests cron:0 9 * * * quiet:sometimes");

        Assert.Equal(Replies.ReplyTone.Error, reply.Tone);
        Assert.Null(bot.Database.Collection<DigestSchedule>(LiteDbDigestScheduleStore.SchedulesCollection).FindById(DigestBot.Guild));
    }
}
