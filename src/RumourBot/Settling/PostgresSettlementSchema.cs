using RumourBot.Storage;

namespace RumourBot.Settling;

/// <summary>Settlements, settled polls and scored predictions in PostgreSQL: keys and the server as columns, the rest jsonb.</summary>
public sealed class PostgresSettlementSchema : IPostgresMigrations
{
    public string Feature => "settling";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE settlements (
            id text PRIMARY KEY,
            guild_id bigint NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX settlements_by_guild ON settlements (guild_id);
        CREATE TABLE settled_polls (
            id integer PRIMARY KEY,
            guild_id bigint NOT NULL,
            rumour_id text NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX settled_polls_by_rumour ON settled_polls (guild_id, rumour_id);
        CREATE TABLE predictions (
            id text PRIMARY KEY,
            guild_id bigint NOT NULL,
            poll_id integer NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX predictions_by_guild ON predictions (guild_id);
        CREATE INDEX predictions_by_poll ON predictions (poll_id);
        """,
    ];
}
