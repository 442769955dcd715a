namespace RumourBot.Rumours;

/// <summary>A named value the bot remembers between runs, such as "the seeds were imported".</summary>
public sealed class StoredSetting
{
    public string Id { get; set; } = "";
    public string Value { get; set; } = "";
}
