using Npgsql;
using RumourBot.Storage;

namespace RumourBot.Settling;

/// <summary>
/// Settling in PostgreSQL (see <see cref="PostgresSettlementSchema"/>). Recording a poll first writes its row,
/// which locks it: two processes recording the same poll take turns, and the last one's predictions are the ones kept.
/// </summary>
public sealed class PostgresSettlementStore(NpgsqlDataSource source) : ISettlementStore
{
    public Settlement? FindSettlement(string id) => source.Sql("SELECT doc FROM settlements WHERE id = $1", id).Document<Settlement>();

    public IReadOnlyList<Settlement> SettlementsInGuild(ulong guildId) =>
        source.Sql("SELECT doc FROM settlements WHERE guild_id = $1", guildId).Documents<Settlement>();

    public SettledPoll? FindPoll(int pollId) => source.Sql("SELECT doc FROM settled_polls WHERE id = $1", pollId).Document<SettledPoll>();

    public IReadOnlyList<SettledPoll> PollsOf(ulong guildId, string rumourId) =>
        source.Sql("SELECT doc FROM settled_polls WHERE guild_id = $1 AND rumour_id = $2 ORDER BY id", guildId, rumourId).Documents<SettledPoll>();

    public IReadOnlyList<SettledPoll> PollsInGuild(ulong guildId) =>
        source.Sql("SELECT doc FROM settled_polls WHERE guild_id = $1", guildId).Documents<SettledPoll>();

    public IReadOnlyList<Prediction> PredictionsInGuild(ulong guildId) =>
        source.Sql("SELECT doc FROM predictions WHERE guild_id = $1", guildId).Documents<Prediction>();

    public void Record(Settlement? settlement, IReadOnlyList<(SettledPoll Poll, IReadOnlyList<Prediction> Predictions)> polls)
    {
        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        if (settlement is not null)
        {
            connection.Sql("""
                INSERT INTO settlements (id, guild_id, doc) VALUES ($1, $2, $3::jsonb)
                ON CONFLICT (id) DO UPDATE SET guild_id = excluded.guild_id, doc = excluded.doc
                """, settlement.Id, settlement.GuildId, PostgresJson.Write(settlement)).Run();
        }
        foreach (var (poll, predictions) in polls)
        {
            connection.Sql("""
                INSERT INTO settled_polls (id, guild_id, rumour_id, doc) VALUES ($1, $2, $3, $4::jsonb)
                ON CONFLICT (id) DO UPDATE SET guild_id = excluded.guild_id, rumour_id = excluded.rumour_id, doc = excluded.doc
                """, poll.Id, poll.GuildId, poll.RumourId, PostgresJson.Write(poll)).Run();
            connection.Sql("DELETE FROM predictions WHERE poll_id = $1", poll.Id).Run();
            if (predictions.Count == 0) continue;
            connection.Sql("""
                INSERT INTO predictions (id, guild_id, poll_id, doc)
                SELECT * FROM unnest($1::text[], $2::bigint[], $3::integer[], $4::jsonb[])
                ON CONFLICT (id) DO UPDATE SET guild_id = excluded.guild_id, poll_id = excluded.poll_id, doc = excluded.doc
                """,
                predictions.Select(p => p.Id).ToArray(),
                predictions.Select(p => PostgresCommands.Key(p.GuildId)).ToArray(),
                predictions.Select(p => p.PollId).ToArray(),
                predictions.Select(PostgresJson.Write).ToArray()).Run();
        }
        transaction.Commit();
    }
}
