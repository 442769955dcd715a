using Microsoft.Extensions.Logging;
using RumourBot.Polls;

namespace RumourBot.Settling;

/// <summary>
/// Settlements and settled polls, kept through <see cref="ISettlementStore"/>. Settling a rumour closes its open polls in that server, keeps
/// each poll's final tally and ballots for good, works out the true answer where that is safe, and scores every
/// voter of a poll whose answer is known; a moderator gives (or corrects) the rest with /settle-poll. Each step's
/// writes are one transaction, so scores never disagree with the answers they were computed from.
/// </summary>
public sealed partial class SettlementBook(
    ISettlementStore store,
    PollBook polls,
    PollBallots ballots,
    PollAnswerDeriver deriver,
    TimeProvider time,
    ILogger<SettlementBook> logger)
{
    // Two moderators settling the same rumour at once must not both pass the "settled before?" check.
    private readonly Lock _lock = new();

    public Settlement? Find(ulong guildId, string rumourId) => store.FindSettlement(Settlement.IdFor(guildId, rumourId));

    /// <summary>This server's settlements of these rumours, by rumour id.</summary>
    public IReadOnlyDictionary<string, Settlement> For(ulong guildId, IEnumerable<string> rumourIds) =>
        rumourIds.Distinct().Select(id => Find(guildId, id)).OfType<Settlement>().ToDictionary(s => s.RumourId);

    public IReadOnlyList<Settlement> InGuild(ulong guildId) => store.SettlementsInGuild(guildId);

    public SettledPoll? FindPoll(ulong guildId, int pollId) =>
        store.FindPoll(pollId) is { } poll && poll.GuildId == guildId ? poll : null;

    public IReadOnlyList<SettledPoll> PollsOf(Settlement settlement) =>
        store.PollsOf(settlement.GuildId, settlement.RumourId);

    /// <summary>
    /// Records the settlement, or with <paramref name="correct"/> replaces an earlier one (keeping who settled it
    /// first and when): every poll's answer is then worked out afresh from the corrected outcome.
    /// </summary>
    public SettleResult Settle(Settlement settlement, bool correct)
    {
        lock (_lock)
        {
            var earlier = store.FindSettlement(settlement.Id);
            if (earlier is not null && !correct) return new SettleResult(earlier, PollsOf(earlier), Refused: true, Corrected: false);
            if (earlier is not null)
            {
                settlement.CorrectedAt = settlement.SettledAt;
                settlement.CorrectedByName = settlement.SettledByName;
                settlement.SettledAt = earlier.SettledAt;
                settlement.SettledById = earlier.SettledById;
                settlement.SettledByName = earlier.SettledByName;
            }
            var linked = polls.LinkedTo(settlement.GuildId, settlement.RumourId);
            var settled = linked.Select(poll => Derived(Final(poll), settlement)).ToList();
            var scored = settled.Select(poll => (poll, (IReadOnlyList<Prediction>)Score(poll))).ToList();
            store.Record(settlement, scored);
            LogSettled(settlement.GuildId, settlement.RumourId, settlement.Outcome.ToWireName(), earlier is not null, settled.Count,
                settled.Count(p => p.State == AnswerState.Waiting));
            return new SettleResult(settlement, settled, Refused: false, Corrected: earlier is not null);
        }
    }

    /// <summary>A poll tied to a settled rumour after its settlement: closed and kept like the others.</summary>
    public SettledPoll Include(Settlement settlement, Poll poll)
    {
        lock (_lock)
        {
            var settled = Derived(Final(poll), settlement);
            var predictions = Score(settled);
            store.Record(null, [(settled, predictions)]);
            return settled;
        }
    }

    /// <summary>A moderator says which answer came true (null: none of them did); the poll is scored again.</summary>
    public SettledPoll Confirm(SettledPoll poll, string? answer, string moderator)
    {
        lock (_lock)
        {
            poll.State = AnswerState.Confirmed;
            poll.Answer = answer;
            poll.Reason = $"given by {moderator}";
            var predictions = Score(poll);
            store.Record(null, [(poll, predictions)]);
            LogAnswerGiven(poll.Id, poll.GuildId, predictions.Count);
            return poll;
        }
    }

    // The poll closes now if it is still open; its result, once kept, is never read again from the votes.
    private SettledPoll Final(Poll poll)
    {
        if (store.FindPoll(poll.Id) is { } kept) return kept;
        var tally = polls.Close(poll);
        return new SettledPoll
        {
            Id = poll.Id,
            GuildId = poll.GuildId,
            RumourId = poll.RumourId ?? "",
            Question = poll.Question,
            MultipleChoice = poll.MultipleChoice,
            Options = tally.Counts.Select(c => new SettledOption(c.Option.Emoji, c.Option.Label, c.Votes)).ToList(),
            Voters = tally.Voters,
            Ballots = [.. ballots.Read(poll)],
            SettledAt = time.GetUtcNow(),
        };
    }

    private SettledPoll Derived(SettledPoll poll, Settlement settlement)
    {
        var derived = deriver.Derive(poll.Question, poll.Options, settlement);
        poll.State = derived.Emoji is null ? AnswerState.Waiting : AnswerState.Derived;
        poll.Answer = derived.Emoji;
        poll.Reason = derived.Reason;
        return poll;
    }

    // Nothing is scored while the answer is unknown.
    private static List<Prediction> Score(SettledPoll poll)
    {
        if (poll.State == AnswerState.Waiting)
        {
            poll.Right = 0;
            return [];
        }
        var options = poll.Options.Select(o => o.Emoji).ToList();
        var predictions = poll.Ballots.Select(ballot =>
        {
            var score = PredictionScorer.Score(options, ballot.Emojis, poll.Answer);
            return new Prediction
            {
                Id = Prediction.IdFor(poll.Id, ballot.VoterId),
                GuildId = poll.GuildId,
                PollId = poll.Id,
                RumourId = poll.RumourId,
                VoterId = ballot.VoterId,
                VoterName = ballot.VoterName,
                Right = score.Right,
                Brier = score.Brier,
            };
        }).ToList();
        poll.Right = predictions.Count(p => p.Right);
        return predictions;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Guild {GuildId} settled rumour {RumourId} as {Outcome} (correction: {Corrected}); {Polls} polls, {Waiting} waiting for their answer")]
    private partial void LogSettled(ulong guildId, string rumourId, string outcome, bool corrected, int polls, int waiting);

    [LoggerMessage(Level = LogLevel.Information, Message = "Poll {PollId} in guild {GuildId}: answer given by a moderator, {Predictions} predictions scored")]
    private partial void LogAnswerGiven(int pollId, ulong guildId, int predictions);
}
