namespace FakeDiscord.Model;

/// <summary>A user's membership of a guild.</summary>
/// <param name="User">The member's user.</param>
public sealed record FakeMember(FakeUser User)
{
    /// <summary>Roles besides @everyone.</summary>
    public IReadOnlyList<ulong> RoleIds { get; init; } = [];

    /// <summary>The guild nickname, if any.</summary>
    public string? Nickname { get; init; }

    /// <summary>When the member joined.</summary>
    public DateTimeOffset JoinedAt { get; init; } = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);
}
