using Npgsql;
using RumourBot.Storage;

namespace RumourBot.Coordination;

/// <summary>
/// Leases in PostgreSQL (see <see cref="PostgresLeaseSchema"/>): a claim is one statement, so two processes claiming
/// the same work at once cannot both win; the row's lock decides, and the loser's WHERE sees the winner's holder.
/// Times are the caller's clock (a <see cref="TimeProvider"/>), not the server's.
/// </summary>
public sealed class PostgresWorkLeases(NpgsqlDataSource source) : IWorkLeases
{
    private const string Claim = """
        INSERT INTO leases AS l (work, holder, expires_at) VALUES ($1, $2, $4)
        ON CONFLICT (work) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
        WHERE l.expires_at <= $3 OR l.holder = excluded.holder
        RETURNING 1
        """;

    public bool TryClaim(string work, string holder, DateTimeOffset now, TimeSpan hold)
    {
        ArgumentException.ThrowIfNullOrEmpty(work);
        ArgumentException.ThrowIfNullOrEmpty(holder);
        return source.Sql(Claim, work, holder, now, now + hold).Scalar<int>() is not null;
    }

    public void Release(string work, string holder) => source.Sql("DELETE FROM leases WHERE work = $1 AND holder = $2", work, holder).Run();
}
