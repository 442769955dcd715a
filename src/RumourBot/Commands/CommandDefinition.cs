namespace RumourBot.Commands;

/// <summary>
/// A slash command as members type it (<c>/rumours latest</c>): its name, optional subcommand, options and handler.
/// The same definitions drive the local console and, later, Discord's command registration.
/// </summary>
public sealed record CommandDefinition(
    string Name,
    string? Subcommand,
    string Description,
    IReadOnlyList<CommandOption> Options,
    CommandHandler Handler)
{
    /// <summary>
    /// Discord permission bits a member needs (e.g. <see cref="Permissions.ManageGuild"/>): registered as the
    /// command's default_member_permissions and checked again on every use, since server admins can override the
    /// default.
    /// </summary>
    public ulong RequiredPermissions { get; init; }

    /// <summary>
    /// The answer goes only to the member who asked (ephemeral). Discord fixes an answer's visibility when it is
    /// deferred, so a slow private command must be deferred privately too.
    /// </summary>
    public bool Private { get; init; }

    public string Path => Subcommand is null ? $"/{Name}" : $"/{Name} {Subcommand}";

    /// <summary>"/rumours latest [player:<text>] [count:<number>]", for help and error messages.</summary>
    public string Usage => Options.Count == 0
        ? Path
        : Path + " " + string.Join(' ', Options.Select(o =>
            o.Required ? $"{o.Name}:<{TypeHint(o)}>" : $"[{o.Name}:<{TypeHint(o)}>]"));

    private static string TypeHint(CommandOption option) => option.Type switch
    {
        _ when option.Choices is { } choices => string.Join('|', choices),
        CommandOptionType.Integer => "number",
        CommandOptionType.Boolean => "true|false",
        CommandOptionType.Channel => "#channel",
        CommandOptionType.Role => "@role",
        _ => "text",
    };
}
