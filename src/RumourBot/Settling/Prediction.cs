namespace RumourBot.Settling;

/// <summary>
/// One member's scored answer in one settled poll, stored so that leaderboards are a scan of one indexed
/// collection rather than a replay of every poll.
/// </summary>
public sealed class Prediction
{
    /// <summary>"{poll}:{voter}".</summary>
    public string Id { get; set; } = "";
    public ulong GuildId { get; set; }
    public int PollId { get; set; }
    public string RumourId { get; set; } = "";
    public ulong VoterId { get; set; }
    public string VoterName { get; set; } = "";
    public bool Right { get; set; }

    /// <summary>The Brier score of the answer: 0 is sure and right, 2 is sure and wrong.</summary>
    public double Brier { get; set; }

    public static string IdFor(int pollId, ulong voterId) => $"{pollId}:{voterId}";
}
