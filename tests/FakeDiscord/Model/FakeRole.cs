namespace FakeDiscord.Model;

/// <summary>A guild role. The @everyone role has the guild's id; it is added automatically when missing.</summary>
/// <param name="Id">The role's snowflake.</param>
/// <param name="Name">The role name.</param>
/// <param name="Permissions">The permission bitset as a decimal string, as Discord sends it.</param>
public sealed record FakeRole(ulong Id, string Name, string Permissions = "0")
{
    /// <summary>Position in the role hierarchy (0 = @everyone).</summary>
    public int Position { get; init; }

    /// <summary>RGB colour, 0 for none.</summary>
    public int Color { get; init; }
}
