namespace RumourBot.Tests.Support;

/// <summary>A request the <see cref="FeedServer"/> received, with the headers conditional GET is about.</summary>
public sealed record FeedServerRequest(string Path, string? IfNoneMatch, string? IfModifiedSince, string UserAgent);
