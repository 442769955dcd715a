using RumourBot.Rumours;
using RumourBot.Storage;

namespace RumourBot.Digests;

/// <summary>
/// Every rumour that had news within a window, read from the change log's time index: the cost grows with what
/// happened in the window, not with how many reports are stored. Backfilled reports (published long before they were
/// imported) are left out: they are old news.
/// </summary>
public static class RumourActivity
{
    public static IReadOnlyList<RumourNews> Within(RumourDatabase database, DigestWindow window, TimeSpan newsMaxAge) =>
        database.RumourChanges.Find(c => c.At > window.Since && c.At <= window.Until)
            .Where(c => c.At - c.Published <= newsMaxAge)
            .GroupBy(c => c.RumourId, StringComparer.Ordinal)
            .Select(group => RumourNews.Of(group.OrderBy(c => c.At).ThenBy(c => c.Id).ToList()))
            .ToList();
}
