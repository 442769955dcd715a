namespace FakeDiscord.Messages;

/// <summary>What a reaction operation did.</summary>
internal enum ReactionChange
{
    /// <summary>The reaction was added or removed.</summary>
    Changed,

    /// <summary>Nothing to do (already there, or not there to remove).</summary>
    Unchanged,

    /// <summary>A new emoji would exceed the per-message maximum (30010).</summary>
    TooManyEmojis,
}
