namespace RumourBot.Commands;

/// <summary>
/// A channel given as a command option: on Discord always its id, with the name Discord resolved; in the local
/// console an id or just a name (the console has no real channels, so a name is enough there).
/// </summary>
public sealed record ChannelChoice(ulong? Id, string? Name)
{
    /// <summary>"#rumours", or the id when the name is unknown.</summary>
    public string Display => Name is { Length: > 0 } name ? $"#{name}" : $"channel {Id}";
}
