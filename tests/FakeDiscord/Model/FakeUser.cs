namespace FakeDiscord.Model;

/// <summary>A Discord user known to the fake: the bot itself or a member of a configured guild.</summary>
/// <param name="Id">The user's snowflake.</param>
/// <param name="Username">The unique username (lower case on the new username system).</param>
/// <param name="Bot">Whether the account is a bot.</param>
public sealed record FakeUser(ulong Id, string Username, bool Bot = false)
{
    /// <summary>The display name, or null to fall back to <see cref="Username"/>.</summary>
    public string? GlobalName { get; init; }
}
