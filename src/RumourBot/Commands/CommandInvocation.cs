namespace RumourBot.Commands;

/// <summary>A command as invoked: by whom, in which server, with which checked option values.</summary>
public sealed class CommandInvocation(
    CommandDefinition command,
    IReadOnlyDictionary<string, object> options,
    ulong guildId,
    ulong userId,
    string userName)
{
    public CommandDefinition Command { get; } = command;
    public ulong GuildId { get; } = guildId;
    public ulong UserId { get; } = userId;
    public string UserName { get; } = userName;

    public string? GetString(string name) => options.TryGetValue(name, out var value) ? (string)value : null;

    public long? GetInteger(string name) => options.TryGetValue(name, out var value) ? (long)value : null;

    public bool? GetBoolean(string name) => options.TryGetValue(name, out var value) ? (bool)value : null;
}
