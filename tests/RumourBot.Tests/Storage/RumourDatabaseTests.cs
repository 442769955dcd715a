using LiteDB;
using RumourBot.Storage;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Storage;

public class RumourDatabaseTests
{
    [Fact]
    public void A_file_made_with_the_older_default_collation_is_rebuilt_and_keeps_its_data()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "rumourbot.db");
        using (var older = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }))
        {
            older.GetCollection<StoredSetting>("settings").Insert(new StoredSetting { Id = "seeds-imported", Value = "yes" });
        }

        using var database = new RumourDatabase(path);

        Assert.Equal("yes", database.Settings.FindById("seeds-imported").Value);
    }
}
