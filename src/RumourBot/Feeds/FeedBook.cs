using Microsoft.Extensions.Options;
using RumourBot.Digests.Sections;

namespace RumourBot.Feeds;

/// <summary>
/// Feed subscriptions and the articles they have listed, kept through <see cref="IFeedStore"/>: who follows what, each feed's health
/// and schedule, and the backfill a digest mentions in one line.
/// </summary>
public sealed class FeedBook(IFeedStore store, IOptions<FeedOptions> options, TimeProvider time) : IFeedBackfillSource
{
    /// <summary>A server's feeds, oldest subscription first.</summary>
    public IReadOnlyList<FeedSubscription> ForGuild(ulong guildId) =>
        store.InGuild(guildId).OrderBy(f => f.AddedAt).ToList();

    public FeedSubscription? Find(ulong guildId, string url) => store.Find(FeedSubscription.IdFor(guildId, url));

    /// <summary>Stores a new subscription; false when the server already follows that URL.</summary>
    public bool TryAdd(FeedSubscription feed) => store.TryAdd(feed);

    /// <summary>Unsubscribes the server and forgets which articles the feed listed; the reports stay.</summary>
    public bool Remove(ulong guildId, string url) => store.Remove(FeedSubscription.IdFor(guildId, url));

    /// <summary>Feeds whose next check is due, the longest-waiting first.</summary>
    public IReadOnlyList<FeedSubscription> Due() => store.DueBy(time.GetUtcNow());

    /// <summary>When the next feed is due, or null with no feeds at all.</summary>
    public DateTimeOffset? NextDue() => store.NextDue();

    /// <summary>The guids and links of every article this subscription has listed before.</summary>
    public IReadOnlySet<string> SeenKeys(string feedId)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in store.ArticlesOf(feedId))
        {
            if (article.Guid is not null) keys.Add(article.Guid);
            if (article.Link is not null) keys.Add(article.Link);
        }
        return keys;
    }

    public void RecordArticle(SeenFeedArticle article) => store.RecordArticle(article);

    /// <summary>
    /// A check that read the feed (or heard 304): the schedule returns to the normal interval. False when the
    /// subscription was removed while it was being checked; what that check recorded is forgotten too.
    /// </summary>
    public bool RecordSuccess(FeedSubscription feed, int articlesSeen, int reportsStored)
    {
        var now = time.GetUtcNow();
        feed.LastCheckedAt = now;
        feed.LastSuccessAt = now;
        feed.ConsecutiveFailures = 0;
        feed.NextCheckAt = now + options.Value.PollInterval;
        feed.ArticlesSeen += articlesSeen;
        feed.ReportsStored += reportsStored;
        if (store.Update(feed)) return true;
        store.ForgetArticles(feed.Id);
        return false;
    }

    /// <summary>Puts a feed's next check off without touching its health (its address is read elsewhere for now).</summary>
    public void Postpone(FeedSubscription feed, DateTimeOffset until)
    {
        feed.NextCheckAt = until;
        store.Update(feed);
    }

    /// <summary>A failed check: the error is kept for /feeds list and the next check waits longer (see <see cref="Backoff"/>).</summary>
    public void RecordFailure(FeedSubscription feed, string problem)
    {
        var now = time.GetUtcNow();
        feed.LastCheckedAt = now;
        feed.LastError = problem;
        feed.LastErrorAt = now;
        feed.ConsecutiveFailures++;
        feed.NextCheckAt = now + Backoff(feed.ConsecutiveFailures, options.Value);
        store.Update(feed);
    }

    /// <summary>The wait after <paramref name="failures"/> failures in a row: the interval doubled each time, capped.</summary>
    public static TimeSpan Backoff(int failures, FeedOptions options)
    {
        var wait = options.PollInterval;
        for (var i = 0; i < failures && wait < options.MaxBackoff; i++) wait *= 2;
        return wait < options.MaxBackoff ? wait : options.MaxBackoff;
    }

    /// <summary>
    /// Per feed of this server, how many reports were imported as backfill (listed before the feed was added) at or
    /// after <paramref name="since"/>: what a digest says in one line instead of listing them.
    /// </summary>
    public IReadOnlyList<FeedBackfill> BackfillsSince(ulong guildId, DateTimeOffset since) =>
        store.BackfillStoredSince(guildId, since)
            .GroupBy(a => a.FeedId)
            .Select(g => new FeedBackfill(g.First().FeedTitle, g.First().FeedUrl, g.Count()))
            .OrderByDescending(b => b.Reports)
            .ToList();
}
