using RumourBot.Storage;

namespace RumourBot.Following;

/// <summary>Followed clubs in PostgreSQL: one row per server and club, the id keeping a second follow out.</summary>
public sealed class PostgresFollowSchema : IPostgresMigrations
{
    public string Feature => "following";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE followed_clubs (
            id text PRIMARY KEY,
            guild_id bigint NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX followed_clubs_by_guild ON followed_clubs (guild_id);
        """,
    ];
}
