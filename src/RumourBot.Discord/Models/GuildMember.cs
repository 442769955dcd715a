using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>
/// A member as an interaction carries it: the user, their nickname, their permissions in the channel and the ids of
/// their roles.
/// </summary>
public sealed record GuildMember(
    [property: JsonPropertyName("user")] DiscordUser? User,
    [property: JsonPropertyName("nick")] string? Nick,
    [property: JsonPropertyName("permissions")] string? Permissions,
    [property: JsonPropertyName("roles")] IReadOnlyList<string>? Roles = null);
