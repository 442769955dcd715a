namespace RumourBot.Polls;

/// <summary>
/// One member's vote for one option. Its id is made of poll, voter and emoji, so the same reaction delivered twice
/// (a gateway replay) is the same vote and changes nothing.
/// </summary>
public sealed class Vote
{
    public string Id { get; set; } = "";
    public int PollId { get; set; }
    public ulong VoterId { get; set; }
    public string VoterName { get; set; } = "";
    public string Emoji { get; set; } = "";
    public DateTimeOffset At { get; set; }

    public static string IdFor(int pollId, ulong voterId, string emoji) => BallotPrefix(pollId, voterId) + emoji;

    /// <summary>The start of every id of one member's votes in one poll: their ballot, found through the id index.</summary>
    public static string BallotPrefix(int pollId, ulong voterId) => $"{PollPrefix(pollId)}{voterId}:";

    /// <summary>The start of every id of one poll's votes: the poll's votes, found through the id index.</summary>
    public static string PollPrefix(int pollId) => $"{pollId}:";
}
