using Npgsql;
using RumourBot.Storage;

namespace RumourBot.Feeds;

/// <summary>
/// Feeds in PostgreSQL (see <see cref="PostgresFeedSchema"/>). A subscription added twice at once is stored once
/// (its id is the key), and an article recorded twice is one row.
/// </summary>
public sealed class PostgresFeedStore(NpgsqlDataSource source) : IFeedStore
{
    public IReadOnlyList<FeedSubscription> InGuild(ulong guildId) =>
        source.Sql("SELECT doc FROM feeds WHERE guild_id = $1", guildId).Documents<FeedSubscription>();

    public FeedSubscription? Find(string id) => source.Sql("SELECT doc FROM feeds WHERE id = $1", id).Document<FeedSubscription>();

    public bool TryAdd(FeedSubscription feed) =>
        source.Sql("INSERT INTO feeds (id, guild_id, next_check_at, doc) VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT (id) DO NOTHING",
            feed.Id, feed.GuildId, feed.NextCheckAt, PostgresJson.Write(feed)).Run() == 1;

    public bool Remove(string id)
    {
        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        connection.Sql("DELETE FROM feed_articles WHERE feed_id = $1", id).Run();
        var removed = connection.Sql("DELETE FROM feeds WHERE id = $1", id).Run() > 0;
        transaction.Commit();
        return removed;
    }

    public bool Update(FeedSubscription feed) =>
        source.Sql("UPDATE feeds SET guild_id = $2, next_check_at = $3, doc = $4::jsonb WHERE id = $1",
            feed.Id, feed.GuildId, feed.NextCheckAt, PostgresJson.Write(feed)).Run() > 0;

    public IReadOnlyList<FeedSubscription> DueBy(DateTimeOffset now) =>
        source.Sql("SELECT doc FROM feeds WHERE next_check_at <= $1 ORDER BY next_check_at", now).Documents<FeedSubscription>();

    public DateTimeOffset? NextDue() => source.Sql("SELECT min(next_check_at) FROM feeds").Scalar<DateTimeOffset>();

    public IReadOnlyList<SeenFeedArticle> ArticlesOf(string feedId) =>
        source.Sql("SELECT doc FROM feed_articles WHERE feed_id = $1", feedId).Documents<SeenFeedArticle>();

    public void RecordArticle(SeenFeedArticle article) =>
        source.Sql("""
            INSERT INTO feed_articles (id, feed_id, guild_id, backfill, outcome, seen_at, doc) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)
            ON CONFLICT (id) DO UPDATE SET feed_id = excluded.feed_id, guild_id = excluded.guild_id, backfill = excluded.backfill,
                outcome = excluded.outcome, seen_at = excluded.seen_at, doc = excluded.doc
            """, article.Id, article.FeedId, article.GuildId, article.Backfill, article.Outcome, article.SeenAt, PostgresJson.Write(article)).Run();

    public void ForgetArticles(string feedId) => source.Sql("DELETE FROM feed_articles WHERE feed_id = $1", feedId).Run();

    public IReadOnlyList<SeenFeedArticle> BackfillStoredSince(ulong guildId, DateTimeOffset since) =>
        source.Sql("SELECT doc FROM feed_articles WHERE guild_id = $1 AND backfill AND outcome = $2 AND seen_at >= $3",
            guildId, SeenFeedArticleOutcome.Stored, since).Documents<SeenFeedArticle>();
}
