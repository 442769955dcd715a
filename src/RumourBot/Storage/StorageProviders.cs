namespace RumourBot.Storage;

/// <summary>The names Storage:Provider accepts (in any case).</summary>
public static class StorageProviders
{
    public const string LiteDb = "LiteDb";
    public const string Postgres = "Postgres";

    /// <summary>The connection string's name: ConnectionStrings:RumourBot, or ConnectionStrings__RumourBot in the environment.</summary>
    public const string ConnectionStringName = "RumourBot";
}
