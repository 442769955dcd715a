using RumourBot.Storage;

namespace RumourBot.Coordination;

/// <summary>The lease table shared by every process on one PostgreSQL: who holds which piece of work, and until when.</summary>
public sealed class PostgresLeaseSchema : IPostgresMigrations
{
    public string Feature => "coordination";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE leases (
            work text PRIMARY KEY,
            holder text NOT NULL,
            expires_at timestamptz NOT NULL);
        """,
    ];
}
