using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>An INTERACTION_CREATE: a slash command, an autocomplete request, a button press.</summary>
public sealed record Interaction(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("application_id")] string ApplicationId,
    [property: JsonPropertyName("type")] int Type,
    [property: JsonPropertyName("data")] InteractionData? Data,
    [property: JsonPropertyName("guild_id")] string? GuildId,
    [property: JsonPropertyName("channel_id")] string? ChannelId,
    [property: JsonPropertyName("member")] GuildMember? Member,
    [property: JsonPropertyName("user")] DiscordUser? User,
    [property: JsonPropertyName("token")] string Token)
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int ApplicationCommandAutocomplete = 4;

    /// <summary>The user who acted: the member's user in a server, the user in a DM.</summary>
    public DiscordUser? Actor => Member?.User ?? User;

    public override string ToString() => $"Interaction {{ Id = {Id}, Type = {Type}, Command = {Data?.Name} }}"; // never the token
}

/// <summary>The command and option values of an interaction.</summary>
public sealed record InteractionData(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] int? Type,
    [property: JsonPropertyName("options")] IReadOnlyList<InteractionOption>? Options,
    [property: JsonPropertyName("resolved")] InteractionResolved? Resolved = null);

/// <summary>The users, channels and roles that option values refer to, by id (here: channels and roles).</summary>
public sealed record InteractionResolved(
    [property: JsonPropertyName("channels")] IReadOnlyDictionary<string, ResolvedChannel>? Channels,
    [property: JsonPropertyName("roles")] IReadOnlyDictionary<string, ResolvedRole>? Roles = null);

/// <summary>A role named in an option.</summary>
public sealed record ResolvedRole(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string? Name);

/// <summary>A channel named in an option: a partial channel object.</summary>
public sealed record ResolvedChannel(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("type")] int Type);

/// <summary>
/// One option as filled in; subcommands carry their own options. <see cref="Value"/> is the value as text
/// whatever its JSON type (a string as is, a number as written, true/false).
/// </summary>
public sealed record InteractionOption(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] int Type,
    [property: JsonPropertyName("value"), JsonConverter(typeof(OptionValueConverter))] string? Value,
    [property: JsonPropertyName("options")] IReadOnlyList<InteractionOption>? Options,
    [property: JsonPropertyName("focused")] bool? Focused);
