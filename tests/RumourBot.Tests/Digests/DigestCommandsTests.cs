using RumourBot.Commands;
using RumourBot.Digests;
using RumourBot.Replies;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Digests;

public class DigestCommandsTests
{
    private static readonly DateTimeOffset Start = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private const ulong Member = 1UL << 10; // view channel only

    [Fact]
    public async Task Schedule_says_where_and_when_with_the_next_slots_in_local_time()
    {
        using var bot = new DigestBot(Start);

        var reply = await bot.RunAsync("/digest schedule channel:#digests cron:0 9 * * 1 timezone:Europe/Madrid", Permissions.ManageGuild);

        Assert.Equal(ReplyTone.Success, reply.Tone);
        Assert.Contains("Digests go to #digests at \"0 9 * * 1\" (Europe/Madrid time).", reply.Description);
        Assert.Contains("Next: Mon 7 Jun 09:00 (", reply.Description);
        Assert.Contains("then Mon 14 Jun 09:00, Mon 21 Jun 09:00.", reply.Description);
        var schedule = bot.Book.Find(DigestBot.Guild)!;
        Assert.Equal(new DateTimeOffset(2027, 6, 7, 7, 0, 0, TimeSpan.Zero), schedule.NextSlot);
        Assert.Equal(new DateTimeOffset(2027, 5, 31, 7, 0, 0, TimeSpan.Zero), schedule.CoveredUntil); // the first digest covers one period
        Assert.Equal("digests", schedule.ChannelName);
    }

    [Theory]
    [InlineData("/digest schedule channel:#digests cron:0 9 * *", "has 4 fields")]
    [InlineData("/digest schedule channel:#digests cron:0 9 * * * timezone:Mars/Olympus", "is not a time zone I know")]
    [InlineData("/digest schedule channel:two words cron:0 9 * * *", "channel must be a channel")]
    public async Task Schedule_refuses_a_bad_cron_zone_or_channel_privately_and_stores_nothing(string line, string problem)
    {
        using var bot = new DigestBot(Start);

        var reply = await bot.RunAsync(line, Permissions.ManageGuild);

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.True(reply.Ephemeral);
        Assert.Contains(problem, reply.Description);
        Assert.Null(bot.Book.Find(DigestBot.Guild));
    }

    [Fact]
    public async Task Schedule_and_off_need_manage_server()
    {
        using var bot = new DigestBot(Start);

        var schedule = await bot.RunAsync("/digest schedule channel:#digests cron:0 9 * * *", Member);
        var off = await bot.RunAsync("/digest off", Member);

        Assert.Contains("needs the Manage Server permission", schedule.Description);
        Assert.Contains("needs the Manage Server permission", off.Description);
        Assert.Null(bot.Book.Find(DigestBot.Guild));
    }

    [Fact]
    public async Task Now_from_a_moderator_posts_to_the_scheduled_channel_and_the_next_digest_starts_there()
    {
        using var bot = new DigestBot(Start);
        await bot.RunAsync("/digest schedule channel:1310000000000000102 cron:0 9 * * *", Permissions.ManageGuild);
        bot.Import("03-trent-real-madrid-talks-advance.txt");
        bot.Time.Advance(TimeSpan.FromMinutes(5));

        var reply = await bot.RunAsync("/digest now", Permissions.ManageGuild);

        Assert.Equal("Digest posted", reply.Title);
        Assert.True(reply.Ephemeral);
        var post = Assert.Single(bot.Poster.Posts);
        Assert.Equal(1310000000000000102UL, post.Channel.Id);
        Assert.Contains("Trent Alexander-Arnold", post.Text);
        Assert.Equal(Start.AddMinutes(5), bot.Book.Find(DigestBot.Guild)!.CoveredUntil);
        Assert.Equal(new DateTimeOffset(2027, 6, 2, 8, 0, 0, TimeSpan.Zero), bot.Book.Find(DigestBot.Guild)!.NextSlot); // the slots are unchanged
    }

    [Fact]
    public async Task Now_from_a_member_answers_with_the_digest_and_moves_nothing()
    {
        using var bot = new DigestBot(Start);
        await bot.RunAsync("/digest schedule channel:#digests cron:0 9 * * *", Permissions.ManageGuild);
        var covered = bot.Book.Find(DigestBot.Guild)!.CoveredUntil;
        bot.Import("03-trent-real-madrid-talks-advance.txt");

        var reply = await bot.RunAsync("/digest now", Member);

        Assert.Equal(DigestPages.Title, reply.Title);
        Assert.Contains(reply.Fields, f => f.Value.Contains("Trent Alexander-Arnold", StringComparison.Ordinal));
        Assert.Empty(bot.Poster.Posts);
        Assert.Equal(covered, bot.Book.Find(DigestBot.Guild)!.CoveredUntil);
    }

    [Fact]
    public async Task Now_without_a_schedule_answers_with_the_last_day()
    {
        using var bot = new DigestBot(Start.AddDays(-2));
        bot.Import("05-bastoni-inter-new-contract.txt");
        bot.Time.Advance(TimeSpan.FromDays(2));
        bot.Import("03-trent-real-madrid-talks-advance.txt");

        var reply = await bot.RunAsync("/digest now");

        var text = string.Join("\n", reply.Fields.Select(f => f.Value));
        Assert.Contains("Trent Alexander-Arnold", text);
        Assert.DoesNotContain("Bastoni", text); // two days ago: before the window
        Assert.StartsWith("Since Mon 31 May 13:00 (", reply.Description); // 24 hours back, in London time
        Assert.Empty(bot.Poster.Posts);
    }

    [Fact]
    public async Task Now_when_posting_fails_answers_with_the_digest_and_says_why()
    {
        using var bot = new DigestBot(Start);
        await bot.RunAsync("/digest schedule channel:#digests cron:0 9 * * *");
        bot.Poster.NextResult = new DigestDelivery(DigestDeliveryResult.Failed, 0, "Discord answered 503");

        var reply = await bot.RunAsync("/digest now");

        Assert.StartsWith("I couldn't post this to #digests (Discord answered 503), so here it is.\n", reply.Description);
        Assert.True(bot.Book.Find(DigestBot.Guild)!.Enabled);
    }

    [Fact]
    public async Task Off_without_a_schedule_says_there_is_none()
    {
        using var bot = new DigestBot(Start);

        var reply = await bot.RunAsync("/digest off");

        Assert.Equal("No digest schedule", reply.Title);
        Assert.True(reply.Ephemeral);
    }
}
