using LiteDB;
using RumourBot.Rumours;
using RumourBot.Storage;

namespace RumourBot.Digests;

/// <summary>
/// Every rumour that had news within a window, read from the change log's time index: the cost grows with what
/// happened in the window, not with how many reports are stored. Backfilled reports (listed by a feed when it was
/// added, or published long before they were imported) are left out: they are old news.
/// </summary>
public static class RumourActivity
{
    public static IReadOnlyList<RumourNews> Within(RumourDatabase database, DigestWindow window, TimeSpan newsMaxAge) =>
        // BETWEEN seeks the index to the window's start and stops at its end; "At > since" would walk the whole index.
        // Times are kept to the millisecond, so (since, until] is [since + 1 ms, until].
        database.RumourChanges.Find(Query.Between(nameof(RumourChange.At), window.Since.AddMilliseconds(1).UtcDateTime, window.Until.UtcDateTime))
            .Where(c => !c.Backfill && c.At - c.Published <= newsMaxAge)
            .GroupBy(c => c.RumourId, StringComparer.Ordinal)
            .Select(group => RumourNews.Of(group.OrderBy(c => c.At).ThenBy(c => c.Id).ToList()))
            .ToList();
}
