namespace RumourBot.Discord.Rest;

/// <summary>
/// Whether a request must go (an answer, a final result) or is a nicety that may be withheld to stay inside
/// Discord's invalid-request budget (removing a moved vote's reaction, a live tally edit).
/// </summary>
public enum RequestPriority
{
    Essential,
    Optional,
}
