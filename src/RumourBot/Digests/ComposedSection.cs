namespace RumourBot.Digests;

/// <summary>
/// A digest section as written: a heading and its entries, each a line or two of plain text (the renderer escapes
/// it). A long section is split between entries, never inside one.
/// </summary>
/// <param name="Summary">How the intro line counts it, e.g. "3 new rumours"; null to leave it out of the intro.</param>
/// <param name="IsNews">Whether it reports something that happened; a digest with no news section is a quiet one.</param>
/// <param name="NotShown">Entries left out to keep the digest short ("and 12 more").</param>
public sealed record ComposedSection(string Heading, IReadOnlyList<string> Entries, string? Summary, bool IsNews, int NotShown = 0)
{
    public IEnumerable<string> Lines => NotShown > 0 ? Entries.Append($"… and {NotShown} more") : Entries;
}
