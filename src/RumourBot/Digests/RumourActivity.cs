using RumourBot.Rumours;

namespace RumourBot.Digests;

/// <summary>
/// Every rumour that had news within a window, read from the change log by time: the cost grows with what
/// happened in the window, not with how many reports are stored. Backfilled reports (listed by a feed when it was
/// added, or published long before they were imported) are left out: they are old news.
/// </summary>
public static class RumourActivity
{
    public static IReadOnlyList<RumourNews> Within(IRumourStore store, DigestWindow window, TimeSpan newsMaxAge) =>
        store.ChangesBetween(window.Since, window.Until)
            .Where(c => !c.Backfill && c.At - c.Published <= newsMaxAge)
            .GroupBy(c => c.RumourId, StringComparer.Ordinal)
            .Select(group => RumourNews.Of(group.OrderBy(c => c.At).ThenBy(c => c.Id).ToList()))
            .ToList();
}
