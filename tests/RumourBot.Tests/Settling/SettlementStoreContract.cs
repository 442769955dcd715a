using RumourBot.Settling;

namespace RumourBot.Tests.Settling;

/// <summary>What every <see cref="ISettlementStore"/> does, whatever keeps the data: run once per engine by a subclass.</summary>
public abstract class SettlementStoreContract
{
    protected static readonly DateTimeOffset Now = new(2026, 6, 30, 18, 0, 0, TimeSpan.Zero);
    protected const ulong Guild = 1_111_111_111_111_111_111;
    protected const ulong OtherGuild = 7;

    /// <summary>A store on a fresh, empty database (a second call in one test: the same database, as another process sees it).</summary>
    protected abstract ISettlementStore NewStore();

    protected static Settlement NewSettlement(ulong guild = Guild, string rumour = "trent-real-madrid") => new()
    {
        Id = Settlement.IdFor(guild, rumour),
        GuildId = guild,
        RumourId = rumour,
        Player = "Trent Alexander-Arnold",
        FromClub = "Liverpool",
        RumourClub = "Real Madrid",
        Outcome = TransferOutcome.Completed,
        Club = "Real Madrid",
        Note = "Free transfer",
        SettledAt = Now,
        SettledById = 900_000_000_000_000_001,
        SettledByName = "mod",
    };

    protected static SettledPoll NewPoll(int id, ulong guild = Guild, string rumour = "trent-real-madrid", string? answer = "✅") => new()
    {
        Id = id,
        GuildId = guild,
        RumourId = rumour,
        Question = "Will he join Real Madrid?",
        Options = [new SettledOption("✅", "Yes", 3), new SettledOption("❌", "No", 1)],
        Voters = 4,
        Ballots = [new Ballot(10, "alice", ["✅"]), new Ballot(11, "bob", ["❌"])],
        SettledAt = Now,
        State = AnswerState.Derived,
        Answer = answer,
        Reason = "he joined Real Madrid",
        Right = 3,
    };

    protected static Prediction NewPrediction(SettledPoll poll, ulong voter, bool right) => new()
    {
        Id = Prediction.IdFor(poll.Id, voter),
        GuildId = poll.GuildId,
        PollId = poll.Id,
        RumourId = poll.RumourId,
        VoterId = voter,
        VoterName = $"fan {voter}",
        Right = right,
        Brier = right ? 0 : 2,
    };

    [SkippableFact]
    public void A_settlement_with_its_polls_and_predictions_is_read_back_whole()
    {
        var store = NewStore();
        var settlement = NewSettlement();
        var poll = NewPoll(3);

        store.Record(settlement, [(poll, [NewPrediction(poll, 10, true), NewPrediction(poll, 11, false)])]);

        var read = store.FindSettlement(settlement.Id)!;
        Assert.Equal(TransferOutcome.Completed, read.Outcome);
        Assert.Equal("Real Madrid", read.Club);
        Assert.Equal("Free transfer", read.Note);
        Assert.Equal(Now, read.SettledAt);
        Assert.Equal(900_000_000_000_000_001UL, read.SettledById);
        Assert.Null(read.CorrectedAt);
        var settled = store.FindPoll(3)!;
        Assert.Equal(Guild, settled.GuildId);
        Assert.Equal([new SettledOption("✅", "Yes", 3), new SettledOption("❌", "No", 1)], settled.Options);
        Assert.Equal(["✅"], settled.Ballots[0].Emojis);
        Assert.Equal("bob", settled.Ballots[1].VoterName);
        Assert.Equal(AnswerState.Derived, settled.State);
        Assert.Equal("✅", settled.Answer);
        Assert.Equal(3, settled.Right);
        var predictions = store.PredictionsInGuild(Guild).OrderBy(p => p.VoterId).ToList();
        Assert.Equal([(10UL, true, 0.0), (11UL, false, 2.0)], predictions.Select(p => (p.VoterId, p.Right, p.Brier)));
        Assert.Null(store.FindSettlement("nothing"));
        Assert.Null(store.FindPoll(4));
    }

    [SkippableFact]
    public void Recording_a_poll_again_replaces_its_answer_and_its_predictions()
    {
        var store = NewStore();
        var poll = NewPoll(5);
        store.Record(NewSettlement(), [(poll, [NewPrediction(poll, 10, true), NewPrediction(poll, 11, false), NewPrediction(poll, 12, true)])]);

        var corrected = NewPoll(5, answer: "❌");
        corrected.State = AnswerState.Confirmed;
        store.Record(null, [(corrected, [NewPrediction(corrected, 10, false), NewPrediction(corrected, 11, true)])]);

        Assert.Equal("❌", store.FindPoll(5)!.Answer);
        Assert.Equal(AnswerState.Confirmed, store.FindPoll(5)!.State);
        Assert.Equal([(10UL, false), (11UL, true)], store.PredictionsInGuild(Guild).OrderBy(p => p.VoterId).Select(p => (p.VoterId, p.Right)));
        Assert.NotNull(store.FindSettlement(Settlement.IdFor(Guild, "trent-real-madrid")));
    }

    [SkippableFact]
    public void A_correction_replaces_the_settlement()
    {
        var store = NewStore();
        store.Record(NewSettlement(), []);
        var corrected = NewSettlement();
        corrected.Outcome = TransferOutcome.Elsewhere;
        corrected.Club = "Chelsea";
        corrected.CorrectedAt = Now.AddDays(1);
        corrected.CorrectedByName = "other mod";

        store.Record(corrected, []);

        var read = Assert.Single(store.SettlementsInGuild(Guild));
        Assert.Equal(TransferOutcome.Elsewhere, read.Outcome);
        Assert.Equal("Chelsea", read.Club);
        Assert.Equal(Now.AddDays(1), read.CorrectedAt);
        Assert.Equal("other mod", read.CorrectedByName);
    }

    [SkippableFact]
    public void Each_server_reads_only_its_own_and_a_rumours_polls_come_by_number()
    {
        var store = NewStore();
        var later = NewPoll(9);
        var earlier = NewPoll(2);
        var otherRumour = NewPoll(4, rumour: "dalot-man-utd");
        var elsewhere = NewPoll(6, guild: OtherGuild);
        store.Record(NewSettlement(), [(later, [NewPrediction(later, 10, true)]), (earlier, []), (otherRumour, [])]);
        store.Record(NewSettlement(OtherGuild), [(elsewhere, [NewPrediction(elsewhere, 10, false)])]);

        Assert.Equal([2, 9], store.PollsOf(Guild, "trent-real-madrid").Select(p => p.Id));
        Assert.Equal([2, 4, 9], store.PollsInGuild(Guild).Select(p => p.Id).Order());
        Assert.Equal([6], store.PollsInGuild(OtherGuild).Select(p => p.Id));
        Assert.Equal([OtherGuild], store.SettlementsInGuild(OtherGuild).Select(s => s.GuildId));
        Assert.Equal([9], store.PredictionsInGuild(Guild).Select(p => p.PollId));
        Assert.Equal([false], store.PredictionsInGuild(OtherGuild).Select(p => p.Right));
    }
}
