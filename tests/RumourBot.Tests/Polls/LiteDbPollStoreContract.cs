using RumourBot.Polls;
using RumourBot.Storage;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Polls;

/// <summary>The poll store contract on LiteDB: a real file in a temp folder.</summary>
public sealed class LiteDbPollStoreContract : PollStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private RumourDatabase? _database;

    protected override IPollStore NewStore() => new LiteDbPollStore(_database ??= new RumourDatabase(_folder.File("rumourbot.db")));

    public void Dispose()
    {
        _database?.Dispose();
        _folder.Dispose();
    }
}
