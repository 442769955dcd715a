namespace RumourBot.Commands;

/// <summary>
/// A role given as a command option: on Discord always its id, with the name Discord resolved; in the local console
/// an id or just a name (the console's one member holds every role, so a name is enough there).
/// </summary>
public sealed record RoleChoice(ulong? Id, string? Name)
{
    /// <summary>"@Transfer Desk", or the id when the name is unknown.</summary>
    public string Display => Name is { Length: > 0 } name ? $"@{name}" : $"role {Id}";
}
