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

namespace RumourBot.Tests.Support;

/// <summary>
/// A database of its own for one test class (IClassFixture), on <see cref="PostgresCluster.Shared"/>, dropped when
/// the class is done, so classes running in parallel never see each other's rows. Data sources are opened the way
/// the bot opens them (<see cref="PostgresDataSource.Open"/>, migrations included).
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    /// <summary>Every feature's schema, as the bot registers them.</summary>
    public static IReadOnlyList<IPostgresMigrations> Schemas { get; } =
        [new PostgresFollowSchema(), new PostgresRumourSchema(), new PostgresPollSchema(), new PostgresFeedSchema(), new PostgresDigestScheduleSchema(),
         new PostgresSettlementSchema(), new PostgresLeaseSchema()];

    private readonly List<NpgsqlDataSource> _sources = [];
    private readonly PostgresCluster _cluster = PostgresCluster.Shared;
    private readonly string _name = "rumourbot_test_" + Guid.NewGuid().ToString("N")[..16];
    private string? _connectionString;

    /// <summary>The connection string of this class's database; skips the test when there is no PostgreSQL to test on.</summary>
    public string ConnectionString
    {
        get
        {
            Skip.If(_cluster.SkipReason is not null, _cluster.SkipReason);
            if (_cluster.Failure is not null) throw new InvalidOperationException(_cluster.Failure);
            lock (_sources)
            {
                if (_connectionString is null)
                {
                    using (var admin = new NpgsqlConnection(_cluster.ConnectionString))
                    {
                        admin.Open();
                        using var create = new NpgsqlCommand($"CREATE DATABASE {_name}", admin);
                        create.ExecuteNonQuery();
                    }
                    _connectionString = new NpgsqlConnectionStringBuilder(_cluster.ConnectionString) { Database = _name }.ConnectionString;
                }
                return _connectionString;
            }
        }
    }

    /// <summary>A new data source on this class's database, migrated; a second one stands in for a second process.</summary>
    public NpgsqlDataSource OpenDataSource()
    {
        var source = PostgresDataSource.Open(ConnectionString, Schemas, NullLoggerFactory.Instance);
        lock (_sources) _sources.Add(source);
        return source;
    }

    /// <summary>
    /// A data source as <see cref="OpenDataSource"/>, with <paramref name="tables"/> emptied first (numbering
    /// restarted): the tests of one class share its database and run one after another, each from a clean start.
    /// </summary>
    public NpgsqlDataSource FreshDataSource(params string[] tables)
    {
        var source = OpenDataSource();
        using var command = source.CreateCommand($"TRUNCATE {string.Join(", ", tables)} RESTART IDENTITY");
        command.ExecuteNonQuery();
        return source;
    }

    public void Dispose()
    {
        foreach (var source in _sources) source.Dispose();
        if (_connectionString is null) return;
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(_cluster.ConnectionString);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }
}
