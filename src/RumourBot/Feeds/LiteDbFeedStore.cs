using LiteDB;
using RumourBot.Storage;

namespace RumourBot.Feeds;

/// <summary>Feeds in the bot's LiteDB file: the "feeds" and "feed_articles" collections and their indexes.</summary>
public sealed class LiteDbFeedStore : IFeedStore
{
    public const string FeedsCollection = "feeds";
    public const string ArticlesCollection = "feed_articles";

    private readonly RumourDatabase _database;
    private readonly ILiteCollection<FeedSubscription> _feeds;
    private readonly ILiteCollection<SeenFeedArticle> _articles;

    public LiteDbFeedStore(RumourDatabase database)
    {
        _database = database;
        _feeds = database.Collection<FeedSubscription>(FeedsCollection);
        _articles = database.Collection<SeenFeedArticle>(ArticlesCollection);
        _feeds.EnsureIndex(f => f.GuildId);
        _feeds.EnsureIndex(f => f.NextCheckAt);
        _articles.EnsureIndex(a => a.FeedId);
        _articles.EnsureIndex(a => a.GuildId);
    }

    public IReadOnlyList<FeedSubscription> InGuild(ulong guildId) => _feeds.Find(f => f.GuildId == guildId).ToList();

    public FeedSubscription? Find(string id) => _feeds.FindById(id);

    public bool TryAdd(FeedSubscription feed)
    {
        try
        {
            _feeds.Insert(feed);
            return true;
        }
        catch (LiteException error) when (error.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }
    }

    public bool Remove(string id) => _database.InTransaction(() =>
    {
        _articles.DeleteMany(a => a.FeedId == id);
        return _feeds.Delete(id);
    });

    public bool Update(FeedSubscription feed) => _feeds.Update(feed);

    public IReadOnlyList<FeedSubscription> DueBy(DateTimeOffset now) =>
        _feeds.Query().Where(f => f.NextCheckAt <= now).OrderBy(f => f.NextCheckAt).ToList();

    public DateTimeOffset? NextDue() =>
        _feeds.Query().OrderBy(f => f.NextCheckAt).Limit(1).ToList() is [var first] ? first.NextCheckAt : null;

    public IReadOnlyList<SeenFeedArticle> ArticlesOf(string feedId) => _articles.Find(a => a.FeedId == feedId).ToList();

    public void RecordArticle(SeenFeedArticle article) => _articles.Upsert(article);

    public void ForgetArticles(string feedId) => _articles.DeleteMany(a => a.FeedId == feedId);

    public IReadOnlyList<SeenFeedArticle> BackfillStoredSince(ulong guildId, DateTimeOffset since) =>
        _articles.Find(a => a.GuildId == guildId && a.Backfill && a.Outcome == SeenFeedArticleOutcome.Stored && a.SeenAt >= since).ToList();
}
