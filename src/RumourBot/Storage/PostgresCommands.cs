using Npgsql;

namespace RumourBot.Storage;

/// <summary>
/// Small helpers the Postgres stores share: a command with positional parameters ($1, $2, …) whose values are
/// converted the way every store keeps them, and reading a column of <c>jsonb</c> documents.
/// </summary>
internal static class PostgresCommands
{
    public static NpgsqlCommand Sql(this NpgsqlDataSource source, string sql, params object?[] values) => WithValues(source.CreateCommand(sql), values);

    public static NpgsqlCommand Sql(this NpgsqlConnection connection, string sql, params object?[] values) =>
        WithValues(new NpgsqlCommand(sql, connection), values);

    /// <summary>Runs the command and disposes of it; the number of rows it touched.</summary>
    public static int Run(this NpgsqlCommand command)
    {
        using (command) return command.ExecuteNonQuery();
    }

    /// <summary>The first column of each row, a document, read as <typeparamref name="T"/>; rows whose document is null are left out.</summary>
    public static List<T> Documents<T>(this NpgsqlCommand command)
    {
        using (command)
        {
            using var reader = command.ExecuteReader();
            var documents = new List<T>();
            while (reader.Read())
            {
                if (!reader.IsDBNull(0)) documents.Add(PostgresJson.Read<T>(reader.GetString(0)));
            }
            return documents;
        }
    }

    public static T? Document<T>(this NpgsqlCommand command) where T : class => command.Documents<T>() is [var first, ..] ? first : null;

    /// <summary>The first column of the first row, or null with no row (or a null value).</summary>
    public static T? Scalar<T>(this NpgsqlCommand command) where T : struct
    {
        using (command)
        {
            using var reader = command.ExecuteReader();
            return reader.Read() && !reader.IsDBNull(0) ? reader.GetFieldValue<T>(0) : null;
        }
    }

    /// <summary>A guild, channel or member id: PostgreSQL has no unsigned bigint, so it is kept as the same 64 bits signed.</summary>
    public static long Key(ulong id) => unchecked((long)id);

    public static ulong Id(long key) => unchecked((ulong)key);

    private static NpgsqlCommand WithValues(NpgsqlCommand command, object?[] values)
    {
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = Convert(value) });
        return command;
    }

    private static object Convert(object? value) => value switch
    {
        null => DBNull.Value,
        ulong id => Key(id),
        // timestamptz takes UTC only.
        DateTimeOffset at => at.ToUniversalTime(),
        Enum named => named.ToString(),
        _ => value,
    };
}
