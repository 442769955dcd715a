using RumourBot.Rumours;
using RumourBot.Storage;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Rumours;

/// <summary>The rumour store contract on a real LiteDB file in a temp folder.</summary>
public sealed class LiteDbRumourStoreTests : RumourStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly RumourDatabase _database;

    public LiteDbRumourStoreTests()
    {
        _database = new RumourDatabase(_folder.File("rumourbot.db"));
        Store = new LiteDbRumourStore(_database);
    }

    protected override IRumourStore Store { get; }

    [Fact]
    public void What_was_stored_is_there_after_the_file_is_opened_again()
    {
        var path = _folder.File("reopened.db");
        using (var database = new RumourDatabase(path))
        {
            new LiteDbRumourStore(database).SaveSetting("seeds-imported", "yes");
        }

        using var reopened = new RumourDatabase(path);

        Assert.Equal("yes", new LiteDbRumourStore(reopened).Setting("seeds-imported"));
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }
}
