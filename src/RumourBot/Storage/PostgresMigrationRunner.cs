using Microsoft.Extensions.Logging;
using Npgsql;

namespace RumourBot.Storage;

/// <summary>
/// Brings a PostgreSQL database up to every feature's schema: each step not yet in <c>schema_migrations</c> is
/// applied in its own transaction with its row there, features in registration order and each one's steps in order.
/// A session advisory lock makes processes that start together take turns, so a step is never applied twice.
/// </summary>
public sealed partial class PostgresMigrationRunner(NpgsqlDataSource source, IEnumerable<IPostgresMigrations> features, ILogger<PostgresMigrationRunner> logger)
{
    /// <summary>The advisory lock every RumourBot process takes to migrate ("RumourBo" in ASCII, any fixed number would do).</summary>
    public const long LockKey = 0x52756D6F7572426F;

    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            feature text NOT NULL,
            version integer NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (feature, version))
        """;

    /// <summary>Applies the missing steps; how many were applied.</summary>
    public int Apply()
    {
        var all = features.ToList();
        if (all.GroupBy(f => f.Feature).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidOperationException($"Two PostgreSQL schemas are registered for the feature '{twice.Key}'.");
        }
        using var connection = source.OpenConnection();
        connection.Sql("SELECT pg_advisory_lock($1)", LockKey).Run();
        try
        {
            connection.Sql(CreateTable).Run();
            var applied = new HashSet<(string, int)>();
            using (var read = connection.Sql("SELECT feature, version FROM schema_migrations"))
            using (var reader = read.ExecuteReader())
            {
                while (reader.Read()) applied.Add((reader.GetString(0), reader.GetInt32(1)));
            }
            var count = 0;
            foreach (var feature in all)
            {
                for (var version = 1; version <= feature.Steps.Count; version++)
                {
                    if (applied.Contains((feature.Feature, version))) continue;
                    using var transaction = connection.BeginTransaction();
                    connection.Sql(feature.Steps[version - 1]).Run();
                    connection.Sql("INSERT INTO schema_migrations (feature, version) VALUES ($1, $2)", feature.Feature, version).Run();
                    transaction.Commit();
                    LogApplied(feature.Feature, version);
                    count++;
                }
            }
            return count;
        }
        finally
        {
            connection.Sql("SELECT pg_advisory_unlock($1)", LockKey).Run();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied PostgreSQL schema step {Feature} {Version}")]
    private partial void LogApplied(string feature, int version);
}
