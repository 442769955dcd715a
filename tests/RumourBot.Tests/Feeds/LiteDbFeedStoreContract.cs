using RumourBot.Feeds;
using RumourBot.Storage;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Feeds;

/// <summary>The feed store contract on LiteDB: a real file in a temp folder.</summary>
public sealed class LiteDbFeedStoreContract : FeedStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private RumourDatabase? _database;

    protected override IFeedStore NewStore() => new LiteDbFeedStore(_database ??= new RumourDatabase(_folder.File("rumourbot.db")));

    public void Dispose()
    {
        _database?.Dispose();
        _folder.Dispose();
    }
}
