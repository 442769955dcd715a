using LiteDB;
using RumourBot.Storage;

namespace RumourBot.Settling;

/// <summary>Settling in the bot's LiteDB file: the "settlements", "settled_polls" and "predictions" collections.</summary>
public sealed class LiteDbSettlementStore : ISettlementStore
{
    public const string SettlementsCollection = "settlements";
    public const string SettledPollsCollection = "settled_polls";
    public const string PredictionsCollection = "predictions";

    private readonly RumourDatabase _database;
    private readonly ILiteCollection<Settlement> _settlements;
    private readonly ILiteCollection<SettledPoll> _settledPolls;
    private readonly ILiteCollection<Prediction> _predictions;

    public LiteDbSettlementStore(RumourDatabase database)
    {
        _database = database;
        _settlements = database.Collection<Settlement>(SettlementsCollection);
        _settledPolls = database.Collection<SettledPoll>(SettledPollsCollection);
        _predictions = database.Collection<Prediction>(PredictionsCollection);
        _settlements.EnsureIndex(s => s.GuildId);
        _settledPolls.EnsureIndex(p => p.RumourId);
        _predictions.EnsureIndex(p => p.GuildId);
        _predictions.EnsureIndex(p => p.PollId);
    }

    public Settlement? FindSettlement(string id) => _settlements.FindById(id);

    public IReadOnlyList<Settlement> SettlementsInGuild(ulong guildId) => _settlements.Find(s => s.GuildId == guildId).ToList();

    public SettledPoll? FindPoll(int pollId) => _settledPolls.FindById(pollId);

    public IReadOnlyList<SettledPoll> PollsOf(ulong guildId, string rumourId) =>
        _settledPolls.Find(p => p.GuildId == guildId && p.RumourId == rumourId).OrderBy(p => p.Id).ToList();

    public IReadOnlyList<SettledPoll> PollsInGuild(ulong guildId) => _settledPolls.Find(p => p.GuildId == guildId).ToList();

    public IReadOnlyList<Prediction> PredictionsInGuild(ulong guildId) => _predictions.Find(p => p.GuildId == guildId).ToList();

    public void Record(Settlement? settlement, IReadOnlyList<(SettledPoll Poll, IReadOnlyList<Prediction> Predictions)> polls) =>
        _database.InTransaction(() =>
        {
            if (settlement is not null) _settlements.Upsert(settlement);
            foreach (var (poll, predictions) in polls)
            {
                _settledPolls.Upsert(poll);
                _predictions.DeleteMany(p => p.PollId == poll.Id);
                if (predictions.Count > 0) _predictions.InsertBulk(predictions);
            }
            return polls.Count;
        });
}
