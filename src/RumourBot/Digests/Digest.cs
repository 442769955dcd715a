namespace RumourBot.Digests;

/// <summary>A composed digest: the window it covers and its sections, in order.</summary>
public sealed record Digest(DigestWindow Window, IReadOnlyList<ComposedSection> Sections)
{
    /// <summary>Nothing happened: no section has news (open polls alone are not news).</summary>
    public bool IsQuiet => !Sections.Any(s => s.IsNews);
}
