using System.Data.Common;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace RumourBot.Storage;

/// <summary>
/// Opens the one <see cref="NpgsqlDataSource"/> of the process and migrates the database before anyone can use it:
/// every Postgres store takes the data source, so none reads before the schema is there.
/// </summary>
public static class PostgresDataSource
{
    /// <summary>How long a connection attempt may take when the connection string does not say: a dead server stops the start quickly.</summary>
    public const int DefaultConnectTimeoutSeconds = 5;

    public static NpgsqlDataSource Open(string? connectionString, IEnumerable<IPostgresMigrations> schemas, ILoggerFactory loggers)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StorageUnavailableException(
                $"Storage:Provider is {StorageProviders.Postgres} but ConnectionStrings:{StorageProviders.ConnectionStringName} (ConnectionStrings__{StorageProviders.ConnectionStringName}) is empty.");
        }
        NpgsqlConnectionStringBuilder settings;
        try
        {
            settings = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException error)
        {
            throw new StorageUnavailableException($"ConnectionStrings:{StorageProviders.ConnectionStringName} is not a valid PostgreSQL connection string: {error.Message}", error);
        }
        if (!Names(connectionString, "Timeout", "Connect Timeout", "Connection Timeout")) settings.Timeout = DefaultConnectTimeoutSeconds;
        if (string.IsNullOrEmpty(settings.ApplicationName)) settings.ApplicationName = "RumourBot";

        var source = new NpgsqlDataSourceBuilder(settings.ConnectionString).UseLoggerFactory(loggers).Build();
        try
        {
            new PostgresMigrationRunner(source, schemas, loggers.CreateLogger<PostgresMigrationRunner>()).Apply();
            return source;
        }
        catch (Exception error) when (error is NpgsqlException or TimeoutException)
        {
            source.Dispose();
            var where = $"{settings.Host}:{settings.Port}/{settings.Database ?? settings.Username}";
            throw new StorageUnavailableException($"cannot use the PostgreSQL database {where}: {OneLine(error)}", error);
        }
    }

    // Whether the connection string itself sets the key (the typed builder reports defaults as set).
    private static bool Names(string connectionString, params string[] keys)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return keys.Any(given.ContainsKey);
    }

    private static string OneLine(Exception error)
    {
        var text = error.InnerException is { } inner && !error.Message.Contains(inner.Message, StringComparison.Ordinal)
            ? $"{error.Message} ({inner.Message})"
            : error.Message;
        return text.ReplaceLineEndings(" ");
    }
}
