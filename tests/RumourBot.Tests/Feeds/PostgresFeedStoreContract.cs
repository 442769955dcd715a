using Npgsql;
using RumourBot.Feeds;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Feeds;

/// <summary>The feed store contract on PostgreSQL, and the same feed added by two processes at once.</summary>
public sealed class PostgresFeedStoreContract(PostgresDatabase database) : FeedStoreContract, IClassFixture<PostgresDatabase>
{
    private readonly Lock _opening = new();
    private NpgsqlDataSource? _source;

    // The first store of a test empties the tables; later ones (other "processes") open their own data source.
    protected override IFeedStore NewStore()
    {
        lock (_opening) return new PostgresFeedStore(_source is null ? _source = database.FreshDataSource("feeds", "feed_articles") : database.OpenDataSource());
    }

    [SkippableFact]
    public async Task The_same_feed_added_by_two_processes_at_once_is_added_once()
    {
        var stores = new[] { NewStore(), NewStore() };
        var urls = Enumerable.Range(0, 100).Select(i => $"https://example.com/{i}.rss").ToList();

        var added = await Task.WhenAll(stores.Select(store => Task.Run(() => urls.Count(url => store.TryAdd(Feed(url))))));

        Assert.Equal(100, added.Sum());
        Assert.Equal(100, stores[1].InGuild(Guild).Count);
    }
}
