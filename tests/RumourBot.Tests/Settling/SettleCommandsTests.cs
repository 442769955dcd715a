using RumourBot.Polls;
using RumourBot.Replies;
using RumourBot.Settling;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Settling;

public class SettleCommandsTests
{
    private const string TrentRumour = "trent alexander-arnold→real madrid";
    private const ulong ManageGuild = 1UL << 5;
    private const ulong ViewChannel = 1UL << 10;

    private static TestBot SeededBot()
    {
        var bot = new TestBot();
        bot.Seeds.ImportOnce();
        return bot;
    }

    private static async Task<Poll> OpenPollAsync(TestBot bot, string question, string? options = null)
    {
        var reply = await bot.RunAsync($"/poll create question:{question} rumour:Trent" + (options is null ? "" : $" options:{options}"));
        Assert.StartsWith("Poll #", reply.Title);
        return bot.Database.Collection<Poll>(LiteDbPollStore.PollsCollection).FindAll().OrderByDescending(p => p.Id).First();
    }

    private static void Vote(TestBot bot, Poll poll, ulong voter, string emoji) =>
        Assert.Equal(VoteResult.Counted, bot.Polls.AddVote(poll, voter, $"fan{voter}", emoji).Result);

    [Fact]
    public async Task Settling_is_for_members_with_manage_server_and_is_refused_on_our_side()
    {
        using var bot = SeededBot();

        var refused = await bot.RunAsync("/settle rumour:Trent outcome:completed", userId: 7, permissions: ViewChannel);
        Assert.Equal(ReplyTone.Error, refused.Tone);
        Assert.True(refused.Ephemeral);
        Assert.Contains("Manage Server", refused.Description);
        Assert.Null(bot.Settlements.Find(1, TrentRumour));

        var settled = await bot.RunAsync("/settle rumour:Trent outcome:completed", userId: 8, permissions: ManageGuild);
        Assert.Equal(ReplyTone.Success, settled.Tone);
        Assert.False(settled.Ephemeral);
        Assert.Equal("Settled: Trent Alexander-Arnold joined Real Madrid", settled.Title);
        var settlement = bot.Settlements.Find(1, TrentRumour)!;
        Assert.Equal((TransferOutcome.Completed, "Real Madrid", 8UL, "user8"), (settlement.Outcome, settlement.Club, settlement.SettledById, settlement.SettledByName));
        Assert.Equal(bot.Time.GetUtcNow(), settlement.SettledAt);
    }

    [Theory]
    [InlineData("outcome:done", "must be one of completed, collapsed, stayed, elsewhere")]
    [InlineData("outcome:elsewhere", "elsewhere needs the club he joined")]
    [InlineData("outcome:elsewhere club:Los Blancos", "Real Madrid is the rumour's own club: use outcome:completed")]
    [InlineData("outcome:elsewhere club:LFC", "Liverpool is his own club: use outcome:stayed")]
    [InlineData("outcome:completed club:Chelsea", "use outcome:elsewhere club:Chelsea")]
    [InlineData("outcome:stayed club:Chelsea", "use outcome:elsewhere club:Chelsea")]
    [InlineData("outcome:collapsed club:Chelsea", "a collapsed move names no club")]
    public async Task Mistakes_are_explained_and_settle_nothing(string options, string expected)
    {
        using var bot = SeededBot();

        var reply = await bot.RunAsync($"/settle rumour:Trent {options}");

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.True(reply.Ephemeral);
        Assert.Contains(expected, reply.Description);
        Assert.Equal(0, bot.Database.Collection<Settlement>(LiteDbSettlementStore.SettlementsCollection).Count());
    }

    [Fact]
    public async Task The_console_takes_the_outcome_in_any_case_and_elsewhere_matches_the_club_by_nickname()
    {
        using var bot = SeededBot();

        var reply = await bot.RunAsync("/settle rumour:Trent → Los Blancos outcome:Elsewhere club:Chelsea FC note:Late swoop");

        Assert.Equal("Settled: Trent Alexander-Arnold joined Chelsea instead", reply.Title);
        Assert.Contains("“Late swoop”", reply.Description);
        var settlement = bot.Settlements.Find(1, TrentRumour)!;
        Assert.Equal((TransferOutcome.Elsewhere, "Chelsea", "Late swoop"), (settlement.Outcome, settlement.Club, settlement.Note));
    }

    [Fact]
    public async Task A_player_with_several_rumours_must_be_named_with_the_club()
    {
        using var bot = SeededBot();
        await bot.RunAsync("/rumours submit text:Manchester City have made a £40m bid for Liverpool defender Trent Alexander-Arnold, " +
            "Sky Sports News understands. City want the full-back to replace Kyle Walker.");
        Assert.True(bot.Book.About("Trent").Count > 1);

        var vague = await bot.RunAsync("/settle rumour:Trent outcome:completed");
        var exact = await bot.RunAsync("/settle rumour:Trent → Real Madrid outcome:completed");

        Assert.Equal(ReplyTone.Error, vague.Tone);
        Assert.Contains("rumour:Trent Alexander-Arnold → Real Madrid", vague.Description);
        Assert.Equal(ReplyTone.Success, exact.Tone);
    }

    [Fact]
    public async Task Settling_closes_open_polls_and_keeps_their_final_tally_and_ballots()
    {
        using var bot = SeededBot();
        var poll = await OpenPollAsync(bot, "Will Trent stay?");
        Vote(bot, poll, 11, "✅");
        Vote(bot, poll, 12, "❌");
        Vote(bot, poll, 13, "❌");

        var reply = await bot.RunAsync("/settle rumour:Trent outcome:completed");

        Assert.Equal(PollState.Closed, bot.Polls.Find(1, poll.Id)!.State);
        Assert.Equal(VoteResult.PollClosed, bot.Polls.AddVote(bot.Polls.Find(1, poll.Id)!, 14, "late", "✅").Result);
        var settled = bot.Settlements.FindPoll(1, poll.Id)!;
        Assert.Equal([1, 2], settled.Options.Select(o => o.Votes));
        Assert.Equal(3, settled.Voters);
        Assert.Equal([11UL, 12UL, 13UL], settled.Ballots.Select(b => b.VoterId));
        var field = Assert.Single(reply.Fields);
        Assert.Equal($"Poll #{poll.Id}: Will Trent stay?", field.Name);
        Assert.Contains("67% of 3 voters said “No”; he joined Real Madrid.", field.Value);
        Assert.Contains("Answer: ❌ No, worked out from the outcome", field.Value);
        Assert.Contains("2 of 3 voters called it right.", field.Value);
    }

    [Fact]
    public async Task A_derived_answer_is_scored_at_once_and_an_underivable_one_waits_for_a_moderator()
    {
        using var bot = SeededBot();
        var stay = await OpenPollAsync(bot, "Will Trent stay?");
        var summer = await OpenPollAsync(bot, "Will Trent join Real Madrid this summer?");
        Vote(bot, stay, 11, "❌");
        Vote(bot, summer, 11, "✅");
        Vote(bot, summer, 12, "❌");

        var settle = await bot.RunAsync("/settle rumour:Trent outcome:completed");

        Assert.Equal(AnswerState.Derived, bot.Settlements.FindPoll(1, stay.Id)!.State);
        Assert.Single(bot.Database.Collection<Prediction>(LiteDbSettlementStore.PredictionsCollection).Find(p => p.PollId == stay.Id));
        var waiting = bot.Settlements.FindPoll(1, summer.Id)!;
        Assert.Equal(AnswerState.Waiting, waiting.State);
        Assert.Empty(bot.Database.Collection<Prediction>(LiteDbSettlementStore.PredictionsCollection).Find(p => p.PollId == summer.Id)); // nothing scored until confirmed
        Assert.Contains($"/settle-poll id:{summer.Id} answer:<✅ ❌, 1-2 or none>", settle.Fields[1].Value);
        Assert.Contains("1 poll waits for its answer", settle.Footer);

        var confirm = await bot.RunAsync($"/settle-poll id:{summer.Id} answer:1");

        Assert.Equal($"Poll #{summer.Id}: ✅ Yes came true", confirm.Title);
        Assert.False(confirm.Ephemeral);
        var confirmed = bot.Settlements.FindPoll(1, summer.Id)!;
        Assert.Equal((AnswerState.Confirmed, "✅", 1), (confirmed.State, confirmed.Answer, confirmed.Right));
        var scores = bot.Database.Collection<Prediction>(LiteDbSettlementStore.PredictionsCollection).Find(p => p.PollId == summer.Id).OrderBy(p => p.VoterId).ToList();
        Assert.Equal([true, false], scores.Select(p => p.Right));
        Assert.Equal([0.0, 2.0], scores.Select(p => p.Brier));
        Assert.DoesNotContain(confirm.Fields, f => f.Name.StartsWith("Still waiting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_moderator_corrects_a_derived_answer_and_the_poll_is_scored_again()
    {
        using var bot = SeededBot();
        var poll = await OpenPollAsync(bot, "Will Trent stay?");
        Vote(bot, poll, 11, "❌");
        Vote(bot, poll, 12, "✅");
        await bot.RunAsync("/settle rumour:Trent outcome:completed");
        Assert.Equal([true, false], bot.Database.Collection<Prediction>(LiteDbSettlementStore.PredictionsCollection).Find(p => p.PollId == poll.Id).OrderBy(p => p.VoterId).Select(p => p.Right));

        var corrected = await bot.RunAsync($"/settle-poll id:{poll.Id} answer:✅");

        Assert.Equal(ReplyTone.Success, corrected.Tone);
        Assert.Equal([false, true], bot.Database.Collection<Prediction>(LiteDbSettlementStore.PredictionsCollection).Find(p => p.PollId == poll.Id).OrderBy(p => p.VoterId).Select(p => p.Right));
        Assert.Equal(2, bot.Database.Collection<Prediction>(LiteDbSettlementStore.PredictionsCollection).Count()); // replaced, not added
        Assert.Contains("given by user1", corrected.Fields[0].Value);
    }

    [Theory]
    [InlineData("answer:🍌", "is not an answer of poll")]
    [InlineData("answer:3", "is not an answer of poll")]
    public async Task A_poll_answer_must_be_one_of_its_answers(string answer, string expected)
    {
        using var bot = SeededBot();
        var poll = await OpenPollAsync(bot, "Will Trent join Real Madrid this summer?");
        await bot.RunAsync("/settle rumour:Trent outcome:completed");

        var reply = await bot.RunAsync($"/settle-poll id:{poll.Id} {answer}");

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Contains(expected, reply.Description);
        Assert.Equal(AnswerState.Waiting, bot.Settlements.FindPoll(1, poll.Id)!.State);
    }

    [Fact]
    public async Task Settle_poll_needs_a_poll_of_a_settled_rumour_and_manage_server()
    {
        using var bot = SeededBot();
        var tied = await OpenPollAsync(bot, "Will Trent stay?");
        await bot.RunAsync("/poll create question:Who wins the league?");
        var untied = bot.Database.Collection<Poll>(LiteDbPollStore.PollsCollection).FindAll().OrderByDescending(p => p.Id).First();

        var unsettled = await bot.RunAsync($"/settle-poll id:{tied.Id} answer:1");
        var noRumour = await bot.RunAsync($"/settle-poll id:{untied.Id} answer:1");
        var missing = await bot.RunAsync("/settle-poll id:99 answer:1");
        await bot.RunAsync("/settle rumour:Trent outcome:completed");
        var member = await bot.RunAsync($"/settle-poll id:{tied.Id} answer:1", userId: 5, permissions: ViewChannel);

        Assert.Contains("is not settled yet: run /settle rumour:Trent Alexander-Arnold → Real Madrid", unsettled.Description);
        Assert.Contains("not tied to a rumour", noRumour.Description);
        Assert.Contains("no poll #99", missing.Description);
        Assert.Contains("Manage Server", member.Description);
        Assert.Equal(AnswerState.Derived, bot.Settlements.FindPoll(1, tied.Id)!.State);
    }

    [Fact]
    public async Task A_poll_tied_after_the_settlement_joins_with_settle_poll()
    {
        using var bot = SeededBot();
        await bot.RunAsync("/settle rumour:Trent outcome:completed");
        var late = await OpenPollAsync(bot, "Where does Trent end up?", "Real Madrid | Liverpool");
        Vote(bot, late, 11, "1️⃣");
        var mistake = await bot.RunAsync($"/settle-poll id:{late.Id} answer:7");
        Assert.Equal(ReplyTone.Error, mistake.Tone);
        Assert.Equal(PollState.Open, bot.Polls.Find(1, late.Id)!.State); // a mistake changes nothing

        var reply = await bot.RunAsync($"/settle-poll id:{late.Id} answer:1");

        Assert.Equal(ReplyTone.Success, reply.Tone);
        Assert.Equal(PollState.Closed, bot.Polls.Find(1, late.Id)!.State);
        Assert.True(bot.Database.Collection<Prediction>(LiteDbSettlementStore.PredictionsCollection).FindById(Prediction.IdFor(late.Id, 11)).Right);
    }

    [Fact]
    public async Task Settling_again_is_refused_unless_it_is_a_correction_which_works_every_answer_out_again()
    {
        using var bot = SeededBot();
        var poll = await OpenPollAsync(bot, "Will Trent stay?");
        Vote(bot, poll, 11, "✅");
        await bot.RunAsync("/settle rumour:Trent outcome:completed", userId: 3);
        bot.Time.Advance(TimeSpan.FromDays(2));

        var again = await bot.RunAsync("/settle rumour:Trent outcome:stayed", userId: 4);
        Assert.Equal(ReplyTone.Error, again.Tone);
        Assert.Contains("was settled here on 1 Oct 2025 by user3: joined Real Madrid", again.Description);
        Assert.Contains("correct:true", again.Description);
        Assert.Equal(TransferOutcome.Completed, bot.Settlements.Find(1, TrentRumour)!.Outcome);
        Assert.False(bot.Database.Collection<Prediction>(LiteDbSettlementStore.PredictionsCollection).FindById(Prediction.IdFor(poll.Id, 11)).Right);

        var corrected = await bot.RunAsync("/settle rumour:Trent outcome:stayed correct:true", userId: 4);

        Assert.Equal("Corrected: Trent Alexander-Arnold stayed at Liverpool", corrected.Title);
        var settlement = bot.Settlements.Find(1, TrentRumour)!;
        Assert.Equal((TransferOutcome.Stayed, (string?)null, "user3", "user4"), (settlement.Outcome, settlement.Club, settlement.SettledByName, settlement.CorrectedByName));
        Assert.Equal("✅", bot.Settlements.FindPoll(1, poll.Id)!.Answer);
        Assert.True(bot.Database.Collection<Prediction>(LiteDbSettlementStore.PredictionsCollection).FindById(Prediction.IdFor(poll.Id, 11)).Right);
    }

    [Fact]
    public async Task A_settled_rumour_is_marked_in_latest_and_about_in_that_server_only()
    {
        using var bot = SeededBot();
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
        await bot.RunAsync("/settle rumour:Trent outcome:completed note:Free transfer", userId: 3);

        var latest = await bot.RunAsync("/rumours latest player:Trent");
        var about = await bot.RunAsync("/rumours about player:Trent");
        var elsewhere = await bot.RunAsync("/rumours latest player:Trent", guildId: 2);

        Assert.StartsWith("✅ Settled 26 Nov 2026: joined Real Madrid\n", Assert.Single(latest.Fields).Value);
        Assert.Contains("Liverpool → Real Madrid: ✅ Settled 26 Nov 2026: joined Real Madrid · agreed", about.Description);
        var last = about.Fields[^1];
        Assert.Equal("26 Nov 2026 · ✅ settled", last.Name);
        Assert.Equal("Trent Alexander-Arnold joined Real Madrid, as settled here by user3.\n“Free transfer”", last.Value);
        Assert.DoesNotContain("Settled", Assert.Single(elsewhere.Fields).Value);
    }

    [Fact]
    public async Task Each_server_settles_and_scores_for_itself()
    {
        using var bot = SeededBot();
        await bot.RunAsync("/settle rumour:Trent outcome:completed", guildId: 1);

        var other = await bot.RunAsync("/settle rumour:Trent outcome:collapsed", guildId: 2);
        var stayedMarker = await bot.RunAsync("/rumours latest player:Trent", guildId: 2);

        Assert.Equal("Settled: Trent Alexander-Arnold's move to Real Madrid collapsed", other.Title);
        Assert.Equal(TransferOutcome.Completed, bot.Settlements.Find(1, TrentRumour)!.Outcome);
        Assert.Equal(TransferOutcome.Collapsed, bot.Settlements.Find(2, TrentRumour)!.Outcome);
        Assert.Contains("the move to Real Madrid collapsed", Assert.Single(stayedMarker.Fields).Value);
    }

    [Fact]
    public async Task A_rumour_with_no_polls_says_so()
    {
        using var bot = SeededBot();

        var reply = await bot.RunAsync("/settle rumour:Dalot outcome:stayed");

        Assert.Equal("Settled: Diogo Dalot stayed at Manchester United", reply.Title);
        Assert.Empty(reply.Fields);
        Assert.Equal("No poll in this server was tied to this rumour.", reply.Footer);
    }
}
