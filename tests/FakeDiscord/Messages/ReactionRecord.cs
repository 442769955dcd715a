namespace FakeDiscord.Messages;

/// <summary>One emoji on a message and who reacted with it, kept sorted by user id as Discord pages them.</summary>
internal sealed class ReactionRecord(ReactionEmoji emoji)
{
    public ReactionEmoji Emoji { get; } = emoji;

    public SortedSet<ulong> Users { get; } = [];
}
