namespace FakeDiscord.Rest;

/// <summary>A failure queued by <see cref="FakeDiscordServer.FailNext"/>: the status to answer and how often.</summary>
internal sealed class PlannedFailure(RoutePattern pattern, int status, int times, TimeSpan retryAfter)
{
    public RoutePattern Pattern { get; } = pattern;

    public int Status { get; } = status;

    public TimeSpan RetryAfter { get; } = retryAfter;

    public int Remaining { get; set; } = times;
}
