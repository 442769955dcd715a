namespace RumourBot.Following;

/// <summary>A club one server follows: its rumours and digests then keep to the clubs it follows.</summary>
public sealed class FollowedClub
{
    /// <summary>"{guild}:{club}", so following twice is one document.</summary>
    public string Id { get; set; } = "";
    public ulong GuildId { get; set; }

    /// <summary>The club's name as the club list spells it ("Arsenal"), never a nickname.</summary>
    public string Club { get; set; } = "";
    public ulong FollowedById { get; set; }
    public string FollowedByName { get; set; } = "";
    public DateTimeOffset FollowedAt { get; set; }

    public static string IdFor(ulong guildId, string club) => $"{guildId}:{club.ToLowerInvariant()}";
}
