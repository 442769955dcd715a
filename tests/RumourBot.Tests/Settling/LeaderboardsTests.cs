using RumourBot.Polls;
using RumourBot.Replies;
using RumourBot.Reports;
using RumourBot.Reports.Sources;
using RumourBot.Rumours;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Settling;

public class LeaderboardsTests
{
    private static readonly DateTimeOffset Reported = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    // A rumour of its own per test player, its one story citing these sources.
    private static Rumour AddRumour(TestBot bot, string player, string toClub, DateTimeOffset published, params string[] sources)
    {
        var rumour = new Rumour
        {
            Id = $"{RumourKey.Normalise(player)}→{RumourKey.Normalise(toClub)}",
            Player = player,
            PlayerKey = RumourKey.Normalise(player),
            FromClub = "Brentford",
            ToClub = toClub,
            FirstSeen = published,
            LastSeen = published,
            Stories =
            [
                new RumourStory
                {
                    Published = published,
                    Title = $"{player} to {toClub}",
                    Status = MoveStatus.Talks,
                    Summary = $"{toClub} are in talks for {player}.",
                    ReportIds = [Guid.NewGuid().ToString("N")],
                    Sources = sources.Select(s => new CitedSource(s, SourceKind.Outlet, 2)).ToList(),
                },
            ],
        };
        bot.Database.Rumours().Insert(rumour);
        return rumour;
    }

    private static Poll OpenPoll(TestBot bot, Rumour rumour, bool multiple = false) => bot.Polls.Create(new Poll
    {
        GuildId = 1,
        Question = "Will he stay?",
        Options = [.. PollDraft.YesNo],
        MultipleChoice = multiple,
        RumourId = rumour.Id,
        CreatedAt = bot.Time.GetUtcNow(),
        ClosesAt = bot.Time.GetUtcNow().AddDays(1),
        State = PollState.Open,
    });

    private static void Votes(TestBot bot, Poll poll, params (string Name, string Emoji)[] votes)
    {
        foreach (var (name, emoji) in votes)
        {
            var voter = (ulong)(name[0] - 'a' + 100);
            Assert.Equal(VoteResult.Counted, bot.Polls.AddVote(poll, voter, name, emoji).Result);
        }
    }

    private static async Task SettleAsync(TestBot bot, Rumour rumour, string outcome) =>
        Assert.Equal(ReplyTone.Success, (await bot.RunAsync($"/settle rumour:{rumour.Id} outcome:{outcome}")).Tone);

    // Four "Will he stay?" polls that all came true as Yes (every player stayed):
    // ann 3 of 3; ben 3 of 4, sure and wrong once; dan 3 of 4, once on both answers (which is never right);
    // cat 2 of 2, below the default minimum of 3.
    private static async Task<TestBot> FourSettledPollsAsync()
    {
        var bot = new TestBot();
        var rumours = Enumerable.Range(1, 4).Select(i => AddRumour(bot, $"Player {i}", "Fulham", Reported)).ToList();
        var polls = rumours.Select(r => OpenPoll(bot, r, multiple: true)).ToList();
        Votes(bot, polls[0], ("ann", "✅"), ("ben", "✅"), ("cat", "✅"), ("dan", "✅"));
        Votes(bot, polls[1], ("ann", "✅"), ("ben", "✅"), ("cat", "✅"), ("dan", "✅"));
        Votes(bot, polls[2], ("ann", "✅"), ("ben", "✅"), ("dan", "✅"));
        Votes(bot, polls[3], ("ben", "❌"), ("dan", "✅"), ("dan", "❌"));
        foreach (var rumour in rumours) await SettleAsync(bot, rumour, "stayed");
        return bot;
    }

    [Fact]
    public async Task Fans_are_ranked_by_share_right_then_brier_and_need_the_minimum_count()
    {
        using var bot = await FourSettledPollsAsync();

        var standings = bot.Leaderboards.Fans(1, minimum: 3);

        Assert.Equal(["ann", "dan", "ben"], standings.Select(s => s.Name));
        Assert.Equal([(3, 3), (3, 4), (3, 4)], standings.Select(s => (s.Right, s.Total)));
        Assert.Equal(0.5 / 4, standings[1].MeanBrier, precision: 12);
        Assert.Equal(2.0 / 4, standings[2].MeanBrier, precision: 12);
    }

    [Fact]
    public async Task Leaderboard_fans_shows_counts_and_takes_a_minimum()
    {
        using var bot = await FourSettledPollsAsync();

        var byDefault = await bot.RunAsync("/leaderboard fans");
        var lower = await bot.RunAsync("/leaderboard fans min:2");
        var other = await bot.RunAsync("/leaderboard fans", guildId: 2);

        Assert.Equal(
            "1. ann: 3 of 3 right (100%) · Brier 0.00\n2. dan: 3 of 4 right (75%) · Brier 0.13\n3. ben: 3 of 4 right (75%) · Brier 0.50",
            byDefault.Description);
        Assert.Contains("at least 3 settled predictions", byDefault.Footer);
        Assert.StartsWith("1. ann: 3 of 3 right (100%) · Brier 0.00\n2. cat: 2 of 2 right (100%)", lower.Description);
        Assert.Contains("Nobody here has 3 settled predictions yet", other.Description);
    }

    [Fact]
    public async Task Sources_are_ranked_by_a_smoothed_rate_so_one_lucky_call_does_not_top_nine_of_ten()
    {
        using var bot = new TestBot();
        for (var i = 1; i <= 10; i++)
        {
            var rumour = AddRumour(bot, $"Player {i}", "Fulham", Reported, "Steady Source");
            await SettleAsync(bot, rumour, i <= 9 ? "completed" : "stayed");
        }
        await SettleAsync(bot, AddRumour(bot, "Lucky Strike", "Everton", Reported, "Lucky Source"), "completed");
        await SettleAsync(bot, AddRumour(bot, "Never Moved", "Everton", Reported, "Wrong Source"), "collapsed");

        var standings = bot.Leaderboards.Sources(1, minimum: 1);
        var reply = await bot.RunAsync("/leaderboard sources");

        Assert.Equal(["Steady Source", "Lucky Source", "Wrong Source"], standings.Select(s => s.Source.Name));
        Assert.Equal([(9, 10), (1, 1), (0, 1)], standings.Select(s => (s.Right, s.Total)));
        Assert.Equal(10.0 / 12, standings[0].Score, precision: 12);
        Assert.Equal(
            "1. Steady Source (tier 2): 9 of 10 right · score 83%\n2. Lucky Source (tier 2): 1 of 1 right · score 67%\n3. Wrong Source (tier 2): 0 of 1 right · score 33%",
            reply.Description);
        Assert.Contains("(right + 1) / (calls + 2)", reply.Footer);
        Assert.Equal(["Steady Source"], bot.Leaderboards.Sources(1, minimum: 2).Select(s => s.Source.Name));
    }

    [Fact]
    public async Task A_move_elsewhere_proves_right_the_reports_of_that_destination_and_later_reports_do_not_count()
    {
        using var bot = new TestBot();
        var wrongClub = AddRumour(bot, "Ivan Toney", "Fulham", Reported, "Fulham Insider", "Both Ways");
        AddRumour(bot, "Ivan Toney", "Chelsea", Reported, "Chelsea Insider", "Both Ways");
        var hindsight = wrongClub.Stories[0];
        wrongClub.Stories.Add(new RumourStory
        {
            Published = bot.Time.GetUtcNow().AddDays(1), // after the settlement below
            Title = "Toney done",
            Summary = "It happened.",
            ReportIds = ["late"],
            Sources = [new CitedSource("Hindsight Herald", SourceKind.Outlet, null)],
            Status = hindsight.Status,
        });
        bot.Database.Rumours().Update(wrongClub);

        Assert.Equal(ReplyTone.Success, (await bot.RunAsync("/settle rumour:Toney → Fulham outcome:elsewhere club:Chelsea")).Tone);

        var standings = bot.Leaderboards.Sources(1, minimum: 1).ToDictionary(s => s.Source.Name, s => (s.Right, s.Total));
        Assert.Equal((1, 1), standings["Chelsea Insider"]);
        Assert.Equal((0, 1), standings["Fulham Insider"]);
        Assert.Equal((1, 2), standings["Both Ways"]);
        Assert.False(standings.ContainsKey("Hindsight Herald"));
        Assert.Empty(bot.Leaderboards.Sources(2, minimum: 1));
    }

    [Fact]
    public async Task A_report_backdated_to_before_the_settlement_but_learnt_of_after_it_is_no_call()
    {
        using var bot = new TestBot();
        var start = bot.Time.GetUtcNow();
        bot.Importer.Import(new Report("Thiago bid", null, null, start.AddDays(-1),
            "Arsenal have made a £40m bid for Brentford striker Igor Thiago, according to Fabrizio Romano."), "test");
        bot.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(ReplyTone.Success, (await bot.RunAsync("/settle rumour:Igor Thiago outcome:completed")).Tone);
        bot.Time.Advance(TimeSpan.FromDays(1));
        // Claims to be from before the settlement, reaches the bot after it (a page anyone could date as they like).
        bot.Importer.Import(new Report("Thiago talks", null, null, start.AddDays(-3),
            "Arsenal are in talks with Brentford over a move for striker Igor Thiago, according to David Ornstein of The Athletic."), "test");

        var standings = bot.Leaderboards.Sources(1, minimum: 1);

        Assert.Equal(2, Assert.Single(bot.Book.About("Igor Thiago"), r => r.ToClub == "Arsenal").ReportCount);
        Assert.Contains(standings, s => s.Source.Name.Contains("Romano", StringComparison.Ordinal));
        Assert.DoesNotContain(standings, s => s.Source.Name.Contains("Ornstein", StringComparison.Ordinal) || s.Source.Name.Contains("Athletic", StringComparison.Ordinal));
    }
}
