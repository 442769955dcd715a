namespace RumourBot.Digests;

/// <summary>
/// One part of a digest (new rumours, open polls, ...). Sections are registered in the order they appear; a feature
/// adds its own by registering another (settled transfers and how the server's polls did, feed backfills).
/// </summary>
public interface IDigestSection
{
    /// <summary>The section for this digest, or null when it has nothing to say.</summary>
    ComposedSection? Compose(DigestContext context);
}
