namespace RumourBot.Settling;

/// <summary>A member's record in this server's settled polls.</summary>
public sealed record FanStanding(ulong VoterId, string Name, int Right, int Total, double MeanBrier)
{
    /// <summary>The share of predictions that came true, 0 to 1.</summary>
    public double Share => Total == 0 ? 0 : Right / (double)Total;
}
