namespace RumourBot.Polls;

/// <summary>Where a poll is in its life.</summary>
public enum PollState
{
    Open,
    Closed,

    /// <summary>Its message was deleted: the poll no longer counts.</summary>
    Cancelled,
}
