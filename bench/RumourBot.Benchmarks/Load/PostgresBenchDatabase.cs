using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using RumourBot.Coordination;
using RumourBot.Digests;
using RumourBot.Feeds;
using RumourBot.Following;
using RumourBot.Polls;
using RumourBot.Rumours;
using RumourBot.Settling;
using RumourBot.Storage;

namespace RumourBot.Benchmarks.Load;

/// <summary>
/// A throwaway database on the PostgreSQL server that RUMOURBOT_BENCH_POSTGRES names (a connection string with rights
/// to create databases), migrated as the bot migrates it, and dropped at the end: the load harness's Postgres runs.
/// </summary>
public sealed class PostgresBenchDatabase : IDisposable
{
    public const string Variable = "RUMOURBOT_BENCH_POSTGRES";

    private readonly string _server;
    private readonly string _name = "rumourbot_bench_" + Guid.NewGuid().ToString("N")[..12];

    public PostgresBenchDatabase()
    {
        _server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException($"Set {Variable} to a PostgreSQL connection string (a user that may create databases).");
        using (var admin = new NpgsqlConnection(_server))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {_name}", admin);
            create.ExecuteNonQuery();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;
        Source = PostgresDataSource.Open(ConnectionString,
            [new PostgresFollowSchema(), new PostgresRumourSchema(), new PostgresPollSchema(), new PostgresFeedSchema(),
             new PostgresDigestScheduleSchema(), new PostgresSettlementSchema(), new PostgresLeaseSchema()],
            NullLoggerFactory.Instance);
    }

    public string ConnectionString { get; }

    public NpgsqlDataSource Source { get; }

    public void Dispose()
    {
        Source.Dispose();
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(_server);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }
}
