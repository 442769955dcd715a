using RumourBot.Polls;
using RumourBot.Replies;
using RumourBot.Reports;
using RumourBot.Rumours;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Settling;

/// <summary>/leaderboard crowd over polls settled the real way (/settle), in a LiteDB file.</summary>
public class CrowdLeaderboardTests
{
    private static Rumour AddRumour(TestBot bot, string player)
    {
        var published = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var rumour = new Rumour
        {
            Id = $"{RumourKey.Normalise(player)}→fulham",
            Player = player,
            PlayerKey = RumourKey.Normalise(player),
            FromClub = "Brentford",
            ToClub = "Fulham",
            FirstSeen = published,
            LastSeen = published,
            Stories = [new RumourStory { Published = published, Title = $"{player} to Fulham", Status = MoveStatus.Talks, Summary = "Talks.", ReportIds = ["r-" + player] }],
        };
        bot.Database.Rumours().Insert(rumour);
        return rumour;
    }

    private static async Task SettledPollAsync(TestBot bot, string player, int yes, int no, string outcome)
    {
        var rumour = AddRumour(bot, player);
        var poll = bot.Polls.Create(new Poll
        {
            GuildId = 1, Question = "Will he stay?", Options = [.. PollDraft.YesNo], RumourId = rumour.Id,
            CreatedAt = bot.Time.GetUtcNow(), ClosesAt = bot.Time.GetUtcNow().AddDays(1), State = PollState.Open,
        });
        for (var i = 0; i < yes + no; i++)
        {
            Assert.Equal(VoteResult.Counted, bot.Polls.AddVote(poll, (ulong)(100 + i), $"fan{i}", i < yes ? "✅" : "❌").Result);
        }
        Assert.Equal(ReplyTone.Success, (await bot.RunAsync($"/settle rumour:{rumour.Id} outcome:{outcome}", permissions: 0x20)).Tone);
    }

    [Fact]
    public async Task Shows_how_often_the_majority_was_right_with_a_calibration_chart()
    {
        using var bot = new TestBot();
        await SettledPollAsync(bot, "Player One", yes: 8, no: 2, outcome: "stayed");     // majority right
        await SettledPollAsync(bot, "Player Two", yes: 3, no: 1, outcome: "stayed");     // majority right
        await SettledPollAsync(bot, "Player Three", yes: 7, no: 3, outcome: "completed"); // majority wrong

        var reply = await bot.RunAsync("/leaderboard crowd");

        Assert.Equal("The answer with the most votes came true in 2 of 3 settled polls (67%).", reply.Description);
        var bands = Assert.Single(reply.Fields).Value;
        Assert.Contains("60%–80% of the votes: 1 of 2 answers came true (50%)", bands);
        Assert.Contains("80%–100% of the votes: 1 of 1 answer came true (100%)", bands);
        Assert.NotNull(reply.Image);
        Assert.Equal("crowd-calibration.png", reply.Image.FileName);
        Assert.StartsWith("Crowd calibration: majority right in 2 of 3 polls", reply.Image.Description);
        Assert.False(reply.Ephemeral);
    }

    [Fact]
    public async Task Another_servers_polls_and_a_server_without_settled_polls_get_the_explanation()
    {
        using var bot = new TestBot();
        await SettledPollAsync(bot, "Player One", yes: 8, no: 2, outcome: "stayed");

        var elsewhere = await bot.RunAsync("/leaderboard crowd", guildId: 2);

        Assert.True(elsewhere.Ephemeral);
        Assert.Null(elsewhere.Image);
        Assert.Contains("No settled poll here", elsewhere.Description);
    }
}
