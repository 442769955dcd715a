namespace RumourBot.Commands;

/// <summary>A command as it arrived, before its options are checked: raw text values by option name.</summary>
public sealed record CommandRequest(
    string Name,
    string? Subcommand,
    IReadOnlyDictionary<string, string> Options,
    ulong GuildId,
    ulong UserId,
    string UserName)
{
    /// <summary>The member's permission bits in the channel, as Discord sent them; null where nobody checks (the local console).</summary>
    public ulong? MemberPermissions { get; init; }

    /// <summary>The member's roles on Discord; null where nobody checks (the local console).</summary>
    public IReadOnlyList<ulong>? MemberRoles { get; init; }

    /// <summary>Names of the roles given in role options, by id, as Discord resolved them; empty in the console.</summary>
    public IReadOnlyDictionary<ulong, string> RoleNames { get; init; } = new Dictionary<ulong, string>();

    /// <summary>Names of the channels given in channel options, by id, as Discord resolved them; empty in the console.</summary>
    public IReadOnlyDictionary<ulong, string> ChannelNames { get; init; } = new Dictionary<ulong, string>();

    /// <summary>Where long work says how far it has got ("Imported 12 of 50 articles…"); null where nobody shows it.</summary>
    public IProgress<string>? Progress { get; init; }
}
