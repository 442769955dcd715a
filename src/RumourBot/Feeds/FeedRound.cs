namespace RumourBot.Feeds;

/// <summary>One round of the poller: how many feeds it checked, and when it wakes up next.</summary>
public sealed record FeedRound(int Checked, DateTimeOffset NextWakeUp);
