using Npgsql;
using RumourBot.Following;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Following;

/// <summary>The follow store contract on PostgreSQL, and the same follow made by two processes at once.</summary>
public sealed class PostgresFollowStoreContract(PostgresDatabase database) : FollowStoreContract, IClassFixture<PostgresDatabase>
{
    private readonly Lock _opening = new();
    private NpgsqlDataSource? _source;

    // The first store of a test empties the tables; later ones (other "processes") open their own data source.
    protected override IFollowStore NewStore()
    {
        lock (_opening) return new PostgresFollowStore(_source is null ? _source = database.FreshDataSource("followed_clubs") : database.OpenDataSource());
    }

    [SkippableFact]
    public async Task The_same_follows_added_by_two_processes_at_once_are_each_stored_once()
    {
        var stores = new[] { NewStore(), NewStore() };
        var clubs = Enumerable.Range(0, 200).Select(i => $"Club {i}").ToList();

        var added = await Task.WhenAll(stores.Select(store => Task.Run(() => clubs.Count(club => store.Add(Follow(club))))));

        Assert.Equal(200, added.Sum());
        Assert.Equal(clubs.Order(), stores[0].InGuild(Guild).Select(f => f.Club).Order());
    }
}
