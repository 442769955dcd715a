namespace RumourBot.Settling;

/// <summary>Whether a settled poll knows which of its answers came true.</summary>
public enum AnswerState
{
    /// <summary>It could not be worked out safely: a moderator must say (/settle-poll). Nothing is scored yet.</summary>
    Waiting,

    /// <summary>Worked out from the question or the answers and the outcome; a moderator may correct it.</summary>
    Derived,

    /// <summary>Given by a moderator.</summary>
    Confirmed,
}
