namespace RumourBot.Commands;

/// <summary>One autocomplete suggestion: what the member sees, and the value the command receives if they pick it.</summary>
public sealed record OptionSuggestion(string Name, string Value);
