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
        Assert.Equal(0, bot.Database.Polls.Count());
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
}
