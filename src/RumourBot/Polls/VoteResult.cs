namespace RumourBot.Polls;

/// <summary>What happened to a vote.</summary>
public enum VoteResult
{
    Counted,

    /// <summary>The same member, option and poll again (a replayed event): nothing changed.</summary>
    AlreadyCounted,

    /// <summary>Not one of the poll's emojis: ignored.</summary>
    NotAnOption,

    PollClosed,
}
