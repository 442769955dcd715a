namespace RumourBot.Discord.Models;

/// <summary>
/// The emoji of a reaction event: a unicode emoji has only a name; a custom one has an id, and a name unless it
/// was deleted.
/// </summary>
public readonly record struct PartialEmoji(Snowflake? Id, string? Name)
{
    /// <summary>How REST paths and our polls write it: the unicode emoji itself, or name:id for a custom one.</summary>
    public string Key => Id is { } id ? $"{Name}:{id}" : Name ?? "";

    public override string ToString() => Key;
}
