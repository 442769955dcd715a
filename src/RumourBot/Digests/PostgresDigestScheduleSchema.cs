using RumourBot.Storage;

namespace RumourBot.Digests;

/// <summary>Digest schedules in PostgreSQL: one row per server, the next slot a column for the scheduler's range read.</summary>
public sealed class PostgresDigestScheduleSchema : IPostgresMigrations
{
    public string Feature => "digests";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE digest_schedules (
            guild_id bigint PRIMARY KEY,
            next_slot timestamptz,
            enabled boolean NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX digest_schedules_next_slot ON digest_schedules (next_slot) WHERE next_slot IS NOT NULL;
        """,
    ];
}
