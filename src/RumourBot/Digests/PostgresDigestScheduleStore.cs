using Npgsql;
using RumourBot.Storage;

namespace RumourBot.Digests;

/// <summary>
/// Digest schedules in PostgreSQL (see <see cref="PostgresDigestScheduleSchema"/>). A guarded update locks the row
/// it re-reads, so two processes claiming the same slot take turns and the second sees the first's change.
/// </summary>
public sealed class PostgresDigestScheduleStore(NpgsqlDataSource source) : IDigestScheduleStore
{
    private const string Upsert = """
        INSERT INTO digest_schedules (guild_id, next_slot, enabled, doc) VALUES ($1, $2, $3, $4::jsonb)
        ON CONFLICT (guild_id) DO UPDATE SET next_slot = excluded.next_slot, enabled = excluded.enabled, doc = excluded.doc
        """;

    public DigestSchedule? Find(ulong guildId) => source.Sql("SELECT doc FROM digest_schedules WHERE guild_id = $1", guildId).Document<DigestSchedule>();

    public void Save(DigestSchedule schedule) => source.Sql(Upsert, Values(schedule)).Run();

    public bool Delete(ulong guildId) => source.Sql("DELETE FROM digest_schedules WHERE guild_id = $1", guildId).Run() > 0;

    public IReadOnlyList<DigestSchedule> DueBy(DateTimeOffset now) =>
        source.Sql("SELECT doc FROM digest_schedules WHERE next_slot <= $1 AND enabled", now).Documents<DigestSchedule>();

    public DateTimeOffset? EarliestSlot() => source.Sql("SELECT min(next_slot) FROM digest_schedules").Scalar<DateTimeOffset>();

    public bool UpdateIfCurrent(DigestSchedule schedule, Action<DigestSchedule> change)
    {
        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var current = connection.Sql("SELECT doc FROM digest_schedules WHERE guild_id = $1 FOR UPDATE", schedule.Id).Document<DigestSchedule>();
        if (current is null || current.SetAt != schedule.SetAt) return false;
        change(current);
        connection.Sql(Upsert, Values(current)).Run();
        transaction.Commit();
        return true;
    }

    private static object?[] Values(DigestSchedule schedule) => [schedule.Id, schedule.NextSlot, schedule.Enabled, PostgresJson.Write(schedule)];
}
