namespace RumourBot.Storage;

/// <summary>Where the bot keeps its database and finds its bundled reports (configuration section "Storage").</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The folder of the LiteDB file, created when missing. Relative paths start at the working folder.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Which engine keeps the data: <see cref="StorageProviders.LiteDb"/> (the default, one file) or <see cref="StorageProviders.Postgres"/>.</summary>
    public string Provider { get; set; } = StorageProviders.LiteDb;

    /// <summary>The PostgreSQL connection string, from ConnectionStrings:RumourBot (not from this section).</summary>
    public string? ConnectionString { get; set; }

    public bool UsesPostgres => string.Equals(Provider, StorageProviders.Postgres, StringComparison.OrdinalIgnoreCase);

    public bool HasKnownProvider => UsesPostgres || string.Equals(Provider, StorageProviders.LiteDb, StringComparison.OrdinalIgnoreCase);

    /// <summary>The reports loaded into an empty database; by default the seeds/ folder shipped beside the app.</summary>
    public string? SeedsFolder { get; set; }

    public string DatabasePath => Path.Combine(Path.GetFullPath(DataFolder), "rumourbot.db");

    public string SeedsPath => SeedsFolder is { Length: > 0 } folder ? Path.GetFullPath(folder) : Path.Combine(AppContext.BaseDirectory, "seeds");
}
