using System.Text.Json;
using System.Text.Json.Serialization;

namespace RumourBot.Storage;

/// <summary>How documents are written to and read from <c>jsonb</c> columns: the fields that are never queried.</summary>
internal static class PostgresJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        // Values computed from others (DigestSchedule.Channel) are not stored, as with LiteDB's BsonIgnore.
        IgnoreReadOnlyProperties = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T document) => JsonSerializer.Serialize(document, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException($"A stored {typeof(T).Name} was null.");
}
