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

    /// <summary>The member's permission bits on Discord; null in the local console, whose user owns everything.</summary>
    public ulong? MemberPermissions { get; init; }

    /// <summary>The member's roles on Discord; null in the local console, whose user holds every role.</summary>
    public IReadOnlyList<ulong>? MemberRoles { get; init; }

    /// <summary>Where long work reports how far it has got; never null (a report nobody shows goes nowhere).</summary>
    public IProgress<string> Progress { get; init; } = NoProgress;

    /// <summary>Progress that goes nowhere.</summary>
    public static IProgress<string> NoProgress { get; } = new Silent();

    public bool Has(ulong permission) =>
        MemberPermissions is not { } bits || (bits & Permissions.Administrator) != 0 || (bits & permission) == permission;

    /// <summary>Whether the member holds the role; a role known only by name (the console) is held.</summary>
    public bool HasRole(RoleChoice role) => MemberRoles is not { } roles || role.Id is not { } id || roles.Contains(id);

    public string? GetString(string name) => options.TryGetValue(name, out var value) ? (string)value : null;

    public long? GetInteger(string name) => options.TryGetValue(name, out var value) ? (long)value : null;

    public bool? GetBoolean(string name) => options.TryGetValue(name, out var value) ? (bool)value : null;

    public ChannelChoice? GetChannel(string name) => options.TryGetValue(name, out var value) ? (ChannelChoice)value : null;

    public RoleChoice? GetRole(string name) => options.TryGetValue(name, out var value) ? (RoleChoice)value : null;

    private sealed class Silent : IProgress<string>
    {
        public void Report(string value)
        {
            // nobody is watching
        }
    }
}
