using RumourBot.Following;
using RumourBot.Storage;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Following;

/// <summary>The follow store contract on LiteDB: a real file in a temp folder.</summary>
public sealed class LiteDbFollowStoreContract : FollowStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private RumourDatabase? _database;

    protected override IFollowStore NewStore() => new LiteDbFollowStore(_database ??= new RumourDatabase(_folder.File("rumourbot.db")));

    public void Dispose()
    {
        _database?.Dispose();
        _folder.Dispose();
    }
}
