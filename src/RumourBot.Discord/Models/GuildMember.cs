using System.Text.Json.Serialization;

namespace RumourBot.Discord.Models;

/// <summary>A member as an interaction carries it: the user, their nickname, and their permissions in the channel.</summary>
public sealed record GuildMember(
    [property: JsonPropertyName("user")] DiscordUser? User,
    [property: JsonPropertyName("nick")] string? Nick,
    [property: JsonPropertyName("permissions")] string? Permissions);
