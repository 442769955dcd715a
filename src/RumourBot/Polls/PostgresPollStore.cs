using Npgsql;
using RumourBot.Storage;

namespace RumourBot.Polls;

/// <summary>
/// Polls and votes in PostgreSQL (see <see cref="PostgresPollSchema"/>). Votes go in as one statement per batch
/// (arrays unnested into rows), with the batch's deletes in the same transaction; a vote already stored, by this
/// process or another, is kept once.
/// </summary>
public sealed class PostgresPollStore(NpgsqlDataSource source) : IPollStore
{
    // The document with its number, which the identity gave after it was written.
    private const string Poll = "SELECT doc || jsonb_build_object('Id', id) FROM polls";

    private const string InsertVotes = """
        INSERT INTO votes (id, poll_id, voter_id, voter_name, emoji, at)
        SELECT * FROM unnest($1::text[], $2::integer[], $3::bigint[], $4::text[], $5::text[], $6::timestamptz[])
        ON CONFLICT (id) DO NOTHING
        """;

    public void Add(Poll poll)
    {
        var id = source.Sql("INSERT INTO polls (guild_id, state, closes_at, message_id, rumour_id, doc) VALUES ($1, $2, $3, $4, $5, $6::jsonb) RETURNING id",
            poll.GuildId, poll.State, poll.ClosesAt, poll.MessageId, poll.RumourId, PostgresJson.Write(poll)).Scalar<int>();
        poll.Id = id ?? throw new InvalidOperationException("PostgreSQL gave the new poll no number.");
    }

    public void Save(Poll poll) =>
        source.Sql("UPDATE polls SET guild_id = $2, state = $3, closes_at = $4, message_id = $5, rumour_id = $6, doc = $7::jsonb WHERE id = $1",
            poll.Id, poll.GuildId, poll.State, poll.ClosesAt, poll.MessageId, poll.RumourId, PostgresJson.Write(poll)).Run();

    public Poll? Find(int id) => source.Sql($"{Poll} WHERE id = $1", id).Document<Poll>();

    public Poll? FindByMessage(ulong messageId) => source.Sql($"{Poll} WHERE message_id = $1 LIMIT 1", messageId).Document<Poll>();

    public IReadOnlyList<Poll> OpenInGuild(ulong guildId) => source.Sql($"{Poll} WHERE state = 'Open' AND guild_id = $1", guildId).Documents<Poll>();

    public IReadOnlyList<Poll> OpenOnDiscord() => source.Sql($"{Poll} WHERE state = 'Open' AND message_id IS NOT NULL").Documents<Poll>();

    public IReadOnlyList<Poll> OpenDueBy(DateTimeOffset now) => source.Sql($"{Poll} WHERE state = 'Open' AND closes_at <= $1", now).Documents<Poll>();

    public IReadOnlyList<Poll> InGuild(ulong guildId) => source.Sql($"{Poll} WHERE guild_id = $1 ORDER BY id", guildId).Documents<Poll>();

    public IReadOnlyList<Poll> LinkedTo(ulong guildId, string rumourId) =>
        source.Sql($"{Poll} WHERE guild_id = $1 AND rumour_id = $2 AND state <> 'Cancelled' ORDER BY id", guildId, rumourId).Documents<Poll>();

    public IReadOnlyList<Vote> Votes(int pollId)
    {
        using var command = source.Sql("SELECT id, poll_id, voter_id, voter_name, emoji, at FROM votes WHERE poll_id = $1", pollId);
        using var reader = command.ExecuteReader();
        var votes = new List<Vote>();
        while (reader.Read())
        {
            votes.Add(new Vote
            {
                Id = reader.GetString(0),
                PollId = reader.GetInt32(1),
                VoterId = PostgresCommands.Id(reader.GetInt64(2)),
                VoterName = reader.GetString(3),
                Emoji = reader.GetString(4),
                At = reader.GetFieldValue<DateTimeOffset>(5),
            });
        }
        return votes;
    }

    public void WriteVotes(IReadOnlyCollection<string> deletedIds, IReadOnlyCollection<Vote> inserted)
    {
        if (deletedIds.Count == 0 && inserted.Count == 0) return;
        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        if (deletedIds.Count > 0) connection.Sql("DELETE FROM votes WHERE id = ANY($1)", (object)deletedIds.ToArray()).Run(); // one value, not the params array
        if (inserted.Count > 0)
        {
            connection.Sql(InsertVotes,
                inserted.Select(v => v.Id).ToArray(),
                inserted.Select(v => v.PollId).ToArray(),
                inserted.Select(v => PostgresCommands.Key(v.VoterId)).ToArray(),
                inserted.Select(v => v.VoterName).ToArray(),
                inserted.Select(v => v.Emoji).ToArray(),
                inserted.Select(v => v.At.ToUniversalTime()).ToArray()).Run();
        }
        transaction.Commit();
    }
}
