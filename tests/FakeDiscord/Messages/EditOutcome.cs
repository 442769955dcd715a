namespace FakeDiscord.Messages;

/// <summary>What an edit did.</summary>
internal enum EditOutcome
{
    /// <summary>The message was changed.</summary>
    Edited,

    /// <summary>The message would become empty (50006).</summary>
    WouldBeEmpty,

    /// <summary>Too many edits of a message older than the cap age (30046).</summary>
    TooManyOldEdits,
}
