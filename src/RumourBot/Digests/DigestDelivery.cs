namespace RumourBot.Digests;

/// <summary>How posting a digest went.</summary>
/// <param name="Messages">Messages posted (some may have gone before a failure).</param>
/// <param name="Problem">What went wrong, in words for a log line or a moderator.</param>
public sealed record DigestDelivery(DigestDeliveryResult Result, int Messages, string? Problem = null)
{
    public static DigestDelivery Posted(int messages) => new(DigestDeliveryResult.Posted, messages);
}
