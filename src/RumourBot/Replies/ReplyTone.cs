namespace RumourBot.Replies;

/// <summary>The mood of a reply, which Discord shows as the embed's colour.</summary>
public enum ReplyTone
{
    Neutral,
    Success,
    Warning,
    Error,
}
