namespace RumourBot.Polls;

public enum VoteChangeKind
{
    /// <summary>A reaction added: a vote (moving the member's earlier one in a single-choice poll).</summary>
    Add,

    /// <summary>A reaction taken back: that vote goes.</summary>
    Remove,
}
