namespace RumourBot.Commands;

/// <summary>A command as it arrived, before its options are checked: raw text values by option name.</summary>
public sealed record CommandRequest(
    string Name,
    string? Subcommand,
    IReadOnlyDictionary<string, string> Options,
    ulong GuildId,
    ulong UserId,
    string UserName);
