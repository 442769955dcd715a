using RumourBot.Storage;

namespace RumourBot.Feeds;

/// <summary>Feed subscriptions and the articles they listed in PostgreSQL: what is queried as columns, the rest jsonb.</summary>
public sealed class PostgresFeedSchema : IPostgresMigrations
{
    public string Feature => "feeds";

    public IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE feeds (
            id text PRIMARY KEY,
            guild_id bigint NOT NULL,
            next_check_at timestamptz NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX feeds_by_guild ON feeds (guild_id);
        CREATE INDEX feeds_next_check ON feeds (next_check_at);
        CREATE TABLE feed_articles (
            id text PRIMARY KEY,
            feed_id text NOT NULL,
            guild_id bigint NOT NULL,
            backfill boolean NOT NULL,
            outcome text NOT NULL,
            seen_at timestamptz NOT NULL,
            doc jsonb NOT NULL);
        CREATE INDEX feed_articles_by_feed ON feed_articles (feed_id);
        CREATE INDEX feed_articles_backfill ON feed_articles (guild_id, seen_at) WHERE backfill;
        """,
    ];
}
