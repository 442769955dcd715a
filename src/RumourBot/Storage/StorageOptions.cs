namespace RumourBot.Storage;

/// <summary>Where the bot keeps its database and finds its bundled reports (configuration section "Storage").</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The folder of the LiteDB file, created when missing. Relative paths start at the working folder.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>The reports loaded into an empty database; by default the seeds/ folder shipped beside the app.</summary>
    public string? SeedsFolder { get; set; }

    public string DatabasePath => Path.Combine(Path.GetFullPath(DataFolder), "rumourbot.db");

    public string SeedsPath => SeedsFolder is { Length: > 0 } folder ? Path.GetFullPath(folder) : Path.Combine(AppContext.BaseDirectory, "seeds");
}
