using RumourBot.Following;

namespace RumourBot.Tests.Following;

/// <summary>What every <see cref="IFollowStore"/> does, whatever keeps the data: run once per engine by a subclass.</summary>
public abstract class FollowStoreContract
{
    protected const ulong Guild = 1_222_333_444_555_666_777;
    protected static readonly DateTimeOffset Now = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A store on a fresh, empty database (a second call in one test: the same database, as another process sees it).</summary>
    protected abstract IFollowStore NewStore();

    protected static FollowedClub Follow(string club, ulong guild = Guild) => new()
    {
        Id = FollowedClub.IdFor(guild, club),
        GuildId = guild,
        Club = club,
        FollowedById = 800_000_000_000_000_002,
        FollowedByName = "mod",
        FollowedAt = Now,
    };

    [SkippableFact]
    public void A_follow_is_stored_once_and_read_by_server()
    {
        var store = NewStore();

        Assert.True(store.Add(Follow("Arsenal")));
        Assert.False(store.Add(Follow("Arsenal")));
        Assert.True(store.Add(Follow("Chelsea")));
        Assert.True(store.Add(Follow("Arsenal", guild: 5)));

        var follows = store.InGuild(Guild).OrderBy(f => f.Club).ToList();
        Assert.Equal(["Arsenal", "Chelsea"], follows.Select(f => f.Club));
        Assert.Equal(800_000_000_000_000_002UL, follows[0].FollowedById);
        Assert.Equal("mod", follows[0].FollowedByName);
        Assert.Equal(Now, follows[0].FollowedAt);
        Assert.Equal(["Arsenal"], store.InGuild(5).Select(f => f.Club));
        Assert.Empty(store.InGuild(6));
    }

    [SkippableFact]
    public void Removing_says_whether_there_was_such_a_follow()
    {
        var store = NewStore();
        store.Add(Follow("Arsenal"));

        Assert.True(store.Remove(FollowedClub.IdFor(Guild, "Arsenal")));
        Assert.False(store.Remove(FollowedClub.IdFor(Guild, "Arsenal")));
        Assert.Empty(store.InGuild(Guild));
        Assert.True(store.Add(Follow("Arsenal")));
    }
}
