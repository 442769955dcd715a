namespace FakeDiscord.Model;

/// <summary>A custom guild emoji; reactions use it as <c>name:id</c>.</summary>
/// <param name="Id">The emoji's snowflake.</param>
/// <param name="Name">The emoji name (letters, digits and underscores).</param>
/// <param name="Animated">Whether the emoji is animated.</param>
public sealed record FakeEmoji(ulong Id, string Name, bool Animated = false);
