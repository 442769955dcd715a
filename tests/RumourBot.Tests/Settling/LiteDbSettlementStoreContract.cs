using RumourBot.Settling;
using RumourBot.Storage;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Settling;

/// <summary>The settlement store contract on LiteDB: a real file in a temp folder.</summary>
public sealed class LiteDbSettlementStoreContract : SettlementStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private RumourDatabase? _database;

    protected override ISettlementStore NewStore() => new LiteDbSettlementStore(_database ??= new RumourDatabase(_folder.File("rumourbot.db")));

    public void Dispose()
    {
        _database?.Dispose();
        _folder.Dispose();
    }
}
