namespace RumourBot.Settling;

/// <summary>How a transfer story ended, as a server's moderators record it.</summary>
public enum TransferOutcome
{
    /// <summary>He joined the club the rumour named.</summary>
    Completed,

    /// <summary>The move fell through; nothing more is claimed (he may still move later).</summary>
    Collapsed,

    /// <summary>He stayed at his club.</summary>
    Stayed,

    /// <summary>He joined a different club from the one the rumour named.</summary>
    Elsewhere,
}
