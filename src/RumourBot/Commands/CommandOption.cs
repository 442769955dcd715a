namespace RumourBot.Commands;

/// <summary>One option of a slash command, with the limits both Discord and the console enforce.</summary>
public sealed record CommandOption(
    string Name,
    string Description,
    CommandOptionType Type = CommandOptionType.String,
    bool Required = false,
    long? MinValue = null,
    long? MaxValue = null,
    int? MaxLength = null);
