using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using RumourBot.Storage;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Storage;

/// <summary>
/// The migration runner on a real PostgreSQL: steps applied once, in order, each with its row in schema_migrations,
/// also when several processes start at once; a failing step leaves nothing of itself.
/// </summary>
public class PostgresMigrationRunnerTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    // A feature of the test's own, so tests sharing the class's database never meet.
    private sealed class TestSchema(string feature, params string[] steps) : IPostgresMigrations
    {
        public string Feature => feature;
        public IReadOnlyList<string> Steps => steps;
    }

    private static string NewFeature() => "test_" + Guid.NewGuid().ToString("N")[..10];

    private static int Apply(NpgsqlDataSource source, params IPostgresMigrations[] schemas) =>
        new PostgresMigrationRunner(source, schemas, NullLogger<PostgresMigrationRunner>.Instance).Apply();

    private static List<int> Versions(NpgsqlDataSource source, string feature)
    {
        using var command = source.CreateCommand("SELECT version FROM schema_migrations WHERE feature = $1 ORDER BY version");
        command.Parameters.Add(new NpgsqlParameter { Value = feature });
        using var reader = command.ExecuteReader();
        var versions = new List<int>();
        while (reader.Read()) versions.Add(reader.GetInt32(0));
        return versions;
    }

    private static long Count(NpgsqlDataSource source, string table)
    {
        using var command = source.CreateCommand($"SELECT count(*) FROM {table}");
        return (long)command.ExecuteScalar()!;
    }

    [SkippableFact]
    public void Steps_are_applied_once_in_order_and_a_step_added_later_alone()
    {
        var source = database.OpenDataSource();
        var feature = NewFeature();
        var first = new TestSchema(feature, $"CREATE TABLE {feature} (n integer)", $"INSERT INTO {feature} VALUES (1)");

        Assert.Equal(2, Apply(source, first));
        Assert.Equal(0, Apply(source, first));
        Assert.Equal(1, Apply(source, new TestSchema(feature, [.. first.Steps, $"INSERT INTO {feature} VALUES (2)"])));

        Assert.Equal([1, 2, 3], Versions(source, feature));
        Assert.Equal(2, Count(source, feature)); // each insert ran once
    }

    [SkippableFact]
    public async Task Four_processes_starting_at_once_apply_each_step_once()
    {
        var feature = NewFeature();
        var schema = new TestSchema(feature, $"CREATE TABLE {feature} (n integer)", $"INSERT INTO {feature} VALUES (1)", $"INSERT INTO {feature} VALUES (2)");
        var sources = Enumerable.Range(0, 4).Select(_ => database.OpenDataSource()).ToList();

        var applied = await Task.WhenAll(sources.Select(source => Task.Run(() => Apply(source, schema))));

        Assert.Equal(3, applied.Sum());
        Assert.Equal([1, 2, 3], Versions(sources[0], feature));
        Assert.Equal(2, Count(sources[0], feature));
    }

    [SkippableFact]
    public void A_failing_step_leaves_nothing_of_itself_and_stops_the_start_with_its_reason()
    {
        var feature = NewFeature();
        var schema = new TestSchema(feature, $"CREATE TABLE {feature} (n integer)", $"INSERT INTO {feature} VALUES (1); SELECT no_such_function()");

        var error = Assert.Throws<StorageUnavailableException>(() => PostgresDataSource.Open(database.ConnectionString, [schema], NullLoggerFactory.Instance));

        Assert.Contains("no_such_function", error.Message);
        using var source = NpgsqlDataSource.Create(database.ConnectionString);
        Assert.Equal([1], Versions(source, feature));
        Assert.Equal(0, Count(source, feature));
    }
}
