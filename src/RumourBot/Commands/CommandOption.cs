namespace RumourBot.Commands;

/// <summary>One option of a slash command, with the limits both Discord and the console enforce.</summary>
public sealed record CommandOption(
    string Name,
    string Description,
    CommandOptionType Type = CommandOptionType.String,
    bool Required = false,
    long? MinValue = null,
    long? MaxValue = null,
    int? MaxLength = null)
{
    /// <summary>
    /// The only values a string option takes (Discord shows them as a list; the router refuses anything else, so
    /// the console takes the same values). Null for free text.
    /// </summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>
    /// What to suggest while a member types (Discord autocomplete), from what they have typed so far. Null for an
    /// option with no suggestions of its own.
    /// </summary>
    public Func<string, IReadOnlyList<OptionSuggestion>>? Suggest { get; init; }
}
