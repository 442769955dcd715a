using RumourBot.Polls;
using RumourBot.Replies;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Polls;

public class PollCommandsTests
{
    [Fact]
    public async Task Create_opens_a_yes_no_poll_tied_to_a_rumour()
    {
        using var bot = new TestBot();
        bot.Seeds.ImportOnce();

        var reply = await bot.RunAsync("/poll create question:Will Trent stay? rumour:Trent duration:2d");

        Assert.Equal("Poll #1 is open: Will Trent stay?", reply.Title);
        Assert.Contains("✅ Yes", reply.Description);
        Assert.Contains("❌ No", reply.Description);
        var poll = bot.Polls.Find(1, 1)!;
        Assert.StartsWith("trent alexander-arnold", poll.RumourId);
        Assert.Equal(bot.Time.GetUtcNow().AddDays(2), poll.ClosesAt);
        var closes = reply.Fields.Single(f => f.Name == "Closes");
        Assert.Equal(poll.ClosesAt, closes.At);
        Assert.Equal("2 days from now (3 Oct 2025 12:00 UTC)", closes.Value);
        Assert.Equal("Trent Alexander-Arnold: Liverpool → Real Madrid", reply.Fields.Single(f => f.Name == "Rumour").Value);
    }

    [Theory]
    [InlineData("/poll create question:Where? options:A | a", "given twice")]
    [InlineData("/poll create question:Where? duration:3w", "not a duration")]
    [InlineData("/poll create question:Where? rumour:Nobody Known", "No rumour")]
    [InlineData("/poll results id:9", "no poll #9")]
    public async Task Mistakes_are_explained_and_create_nothing(string line, string expected)
    {
        using var bot = new TestBot();
        bot.Seeds.ImportOnce();

        var reply = await bot.RunAsync(line);

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Contains(expected, reply.Description);
        Assert.Equal(0, bot.Database.Collection<Poll>(LiteDbPollStore.PollsCollection).Count());
    }

    [Fact]
    public async Task Hidden_results_stay_hidden_until_the_poll_closes()
    {
        using var bot = new TestBot();
        await bot.RunAsync("/poll create question:Will he go? hide_results:true");
        bot.Polls.AddVote(bot.Polls.Find(1, 1)!, 10, "alice", "✅");

        var open = await bot.RunAsync("/poll results id:1");
        var closed = await bot.RunAsync("/poll close id:1");

        Assert.DoesNotContain("%", open.Description);
        Assert.Contains("hidden", open.Footer);
        Assert.Contains("100%", closed.Description);
    }

    [Fact]
    public async Task Only_the_creator_or_a_manager_may_close_a_poll()
    {
        using var bot = new TestBot();
        await bot.RunAsync("/poll create question:Will he go?");

        var stranger = await bot.RunAsync("/poll close id:1", userId: 99, permissions: 1UL << 10);
        var manager = await bot.RunAsync("/poll close id:1", userId: 98, permissions: 1UL << 5);

        Assert.Equal(ReplyTone.Error, stranger.Tone);
        Assert.Contains("Manage Server", stranger.Description);
        Assert.Equal("Poll #1 is closed: Will he go?", manager.Title);
    }

    [Fact]
    public async Task A_member_may_have_three_open_polls_and_a_server_twenty_five()
    {
        using var bot = new TestBot();
        var mine = new List<RumourBot.Replies.Reply>();
        for (var i = 0; i < 4; i++) mine.Add(await bot.RunAsync($"/poll create question:Will he go {i}? duration:{i + 1}h", userId: 5));
        for (ulong member = 10; bot.Polls.OpenInGuild(1).Count < 25; member++) await bot.RunAsync($"/poll create question:Will he stay {member}?", userId: member);
        var full = await bot.RunAsync("/poll create question:One more?", userId: 99);
        var otherServer = await bot.RunAsync("/poll create question:One more?", userId: 99, guildId: 2);
        await bot.RunAsync("/poll close id:1", userId: 5);
        var afterClosing = await bot.RunAsync("/poll create question:Will he go again?", userId: 5);

        Assert.All(mine.Take(3), r => Assert.False(r.Ephemeral));
        Assert.True(mine[3].Ephemeral);
        Assert.Equal("You have 3 open polls here, the most anyone may; your next one closes in 60 minutes. Try again then, or close one with /poll close.", mine[3].Description);
        Assert.True(full.Ephemeral);
        Assert.Equal("This server has 25 open polls, the most it may; the next one closes in 60 minutes. Try again then.", full.Description);
        Assert.False(otherServer.Ephemeral);
        Assert.False(afterClosing.Ephemeral); // closing one made room, for the member and the server
        Assert.Equal(25, bot.Polls.OpenInGuild(1).Count);
    }
}
