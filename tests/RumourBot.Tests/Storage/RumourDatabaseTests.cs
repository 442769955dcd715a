using System.Globalization;
using LiteDB;
using RumourBot.Reports;
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

    [Fact]
    public void A_file_with_reports_indexed_by_url_gets_their_url_keys_and_loses_the_old_index()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "rumourbot.db");
        const string link = "https://touchline.example/articles/bayern-oberholz.html";
        var ordinal = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal);
        using (var older = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, Collation = ordinal }))
        {
            var reports = older.GetCollection("reports");
            reports.Insert(new BsonDocument { ["_id"] = "oberholz", ["Title"] = "Bayern reject bid", ["Url"] = link });
            reports.Insert(new BsonDocument { ["_id"] = "pasted", ["Title"] = "Pasted text" });
            reports.EnsureIndex("Url", "$.Url");
        }

        using (var database = new RumourDatabase(path))
        {
            var importer = new ReportImporter(database, ReportAnalyzer.Default, TimeProvider.System);
            Assert.Equal("oberholz", importer.FindByLink(link)?.Id);
            Assert.Null(database.Reports.FindById("pasted").UrlKey);
        }

        using var reopened = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, Collation = ordinal });
        var indexes = reopened.GetCollection("$indexes").Find(Query.EQ("collection", "reports")).Select(i => i["name"].AsString).ToList();
        Assert.DoesNotContain("Url", indexes);
        Assert.Contains("UrlKey", indexes);
    }
}
