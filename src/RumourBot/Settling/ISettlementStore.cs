namespace RumourBot.Settling;

/// <summary>
/// Where settlements, settled polls and scored predictions are kept. Other features (exports, leaderboards) read
/// them through this, never through the storage behind it.
/// </summary>
public interface ISettlementStore
{
    Settlement? FindSettlement(string id);

    /// <summary>A server's settlements.</summary>
    IReadOnlyList<Settlement> SettlementsInGuild(ulong guildId);

    SettledPoll? FindPoll(int pollId);

    /// <summary>The settled polls of one settled rumour in one server, by number.</summary>
    IReadOnlyList<SettledPoll> PollsOf(ulong guildId, string rumourId);

    /// <summary>A server's settled polls.</summary>
    IReadOnlyList<SettledPoll> PollsInGuild(ulong guildId);

    /// <summary>A server's scored predictions.</summary>
    IReadOnlyList<Prediction> PredictionsInGuild(ulong guildId);

    /// <summary>
    /// Stores a settlement (when given) and settled polls, each poll's predictions replacing those it had, as one
    /// transaction: scores never disagree with the answers they were computed from.
    /// </summary>
    void Record(Settlement? settlement, IReadOnlyList<(SettledPoll Poll, IReadOnlyList<Prediction> Predictions)> polls);
}
