namespace FakeDiscord.Messages;

/// <summary>A reaction on a stored message.</summary>
/// <param name="Emoji">The unicode emoji, or <c>name:id</c> for a custom one.</param>
/// <param name="UserIds">Who reacted, sorted by id.</param>
/// <param name="Me">Whether the bot is among them.</param>
public sealed record StoredReaction(string Emoji, IReadOnlyList<ulong> UserIds, bool Me)
{
    /// <summary>How many reacted.</summary>
    public int Count => UserIds.Count;
}
