using RumourBot.Feeds;

namespace RumourBot.Tests.Feeds;

/// <summary>What every <see cref="IFeedStore"/> does, whatever keeps the data: run once per engine by a subclass.</summary>
public abstract class FeedStoreContract
{
    protected static readonly DateTimeOffset Now = new(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);
    protected const ulong Guild = 1_444_555_666_777_888_999;

    /// <summary>A store on a fresh, empty database (a second call in one test: the same database, as another process sees it).</summary>
    protected abstract IFeedStore NewStore();

    protected static FeedSubscription Feed(string url, ulong guild = Guild, DateTimeOffset? next = null) => new()
    {
        Id = FeedSubscription.IdFor(guild, url),
        GuildId = guild,
        Url = url,
        Title = "The Touchline Wire",
        AddedBy = "mod",
        AddedAt = Now.AddDays(-1),
        ETag = "\"v1\"",
        LastModified = Now.AddHours(-3),
        NextCheckAt = next ?? Now,
    };

    protected static SeenFeedArticle Article(FeedSubscription feed, string key, SeenFeedArticleOutcome outcome = SeenFeedArticleOutcome.Stored,
        bool backfill = false, DateTimeOffset? seen = null) => new()
    {
        Id = SeenFeedArticle.IdFor(feed.Id, key),
        FeedId = feed.Id,
        GuildId = feed.GuildId,
        FeedUrl = feed.Url,
        FeedTitle = feed.Title,
        Guid = key,
        Link = $"https://example.com/{key}",
        SeenAt = seen ?? Now,
        Outcome = outcome,
        ReportId = outcome == SeenFeedArticleOutcome.Stored ? $"report-{key}" : null,
        Backfill = backfill,
    };

    [SkippableFact]
    public void A_subscription_is_added_once_and_read_back_whole()
    {
        var store = NewStore();
        var feed = Feed("https://example.com/rss");

        Assert.True(store.TryAdd(feed));
        Assert.False(store.TryAdd(Feed("https://example.com/rss")));
        store.TryAdd(Feed("https://example.com/other"));
        store.TryAdd(Feed("https://example.com/rss", guild: 9));

        var read = store.Find(feed.Id)!;
        Assert.Equal("https://example.com/rss", read.Url);
        Assert.Equal(Guild, read.GuildId);
        Assert.Equal("\"v1\"", read.ETag);
        Assert.Equal(Now.AddHours(-3), read.LastModified);
        Assert.Equal(Now, read.NextCheckAt);
        Assert.Equal(2, store.InGuild(Guild).Count);
        Assert.Single(store.InGuild(9));
        Assert.Null(store.Find("nothing"));
    }

    [SkippableFact]
    public void Updating_stores_health_and_schedule_unless_the_subscription_was_removed()
    {
        var store = NewStore();
        var feed = Feed("https://example.com/rss");
        store.TryAdd(feed);
        feed.LastError = "HTTP 503";
        feed.ConsecutiveFailures = 2;
        feed.NextCheckAt = Now.AddMinutes(40);
        feed.ArticlesSeen = 12;

        Assert.True(store.Update(feed));
        var read = store.Find(feed.Id)!;
        Assert.Equal("HTTP 503", read.LastError);
        Assert.Equal(2, read.ConsecutiveFailures);
        Assert.Equal(12, read.ArticlesSeen);
        Assert.Equal(Now.AddMinutes(40), store.NextDue());

        store.RecordArticle(Article(feed, "a"));
        Assert.True(store.Remove(feed.Id));
        Assert.False(store.Remove(feed.Id));
        Assert.False(store.Update(feed));
        Assert.Null(store.Find(feed.Id));
        Assert.Empty(store.ArticlesOf(feed.Id));
        Assert.Null(store.NextDue());
    }

    [SkippableFact]
    public void Due_subscriptions_come_longest_waiting_first()
    {
        var store = NewStore();
        store.TryAdd(Feed("https://example.com/b", next: Now.AddMinutes(-5)));
        store.TryAdd(Feed("https://example.com/a", next: Now.AddMinutes(-30)));
        store.TryAdd(Feed("https://example.com/c", next: Now));
        store.TryAdd(Feed("https://example.com/d", next: Now.AddMinutes(1)));

        Assert.Equal(["https://example.com/a", "https://example.com/b", "https://example.com/c"], store.DueBy(Now).Select(f => f.Url));
        Assert.Equal(Now.AddMinutes(-30), store.NextDue());
    }

    [SkippableFact]
    public void Articles_are_recorded_once_per_key_and_forgotten_per_feed()
    {
        var store = NewStore();
        var feed = Feed("https://example.com/rss");
        var other = Feed("https://example.com/other");
        store.TryAdd(feed);
        store.TryAdd(other);

        store.RecordArticle(Article(feed, "a", SeenFeedArticleOutcome.Failed));
        store.RecordArticle(Article(feed, "a", SeenFeedArticleOutcome.Stored));
        store.RecordArticle(Article(feed, "b", SeenFeedArticleOutcome.NoTransfer));
        store.RecordArticle(Article(other, "a"));

        var articles = store.ArticlesOf(feed.Id).OrderBy(a => a.Guid).ToList();
        Assert.Equal([("a", SeenFeedArticleOutcome.Stored), ("b", SeenFeedArticleOutcome.NoTransfer)], articles.Select(a => (a.Guid, a.Outcome)));
        Assert.Equal("report-a", articles[0].ReportId);
        Assert.Equal("https://example.com/a", articles[0].Link);

        store.ForgetArticles(feed.Id);
        Assert.Empty(store.ArticlesOf(feed.Id));
        Assert.Single(store.ArticlesOf(other.Id));
    }

    [SkippableFact]
    public void Backfill_since_is_a_servers_stored_backfill_articles_from_then_on()
    {
        var store = NewStore();
        var feed = Feed("https://example.com/rss");
        var elsewhere = Feed("https://example.com/rss", guild: 9);
        store.RecordArticle(Article(feed, "old", backfill: true, seen: Now.AddHours(-2)));
        store.RecordArticle(Article(feed, "new", backfill: true, seen: Now));
        store.RecordArticle(Article(feed, "later", backfill: true, seen: Now.AddHours(1)));
        store.RecordArticle(Article(feed, "news", backfill: false, seen: Now));
        store.RecordArticle(Article(feed, "skipped", SeenFeedArticleOutcome.SkippedOlder, backfill: true, seen: Now));
        store.RecordArticle(Article(elsewhere, "theirs", backfill: true, seen: Now));

        Assert.Equal(["later", "new"], store.BackfillStoredSince(Guild, Now).Select(a => a.Guid).Order());
        Assert.Equal(["theirs"], store.BackfillStoredSince(9, Now).Select(a => a.Guid));
    }
}
