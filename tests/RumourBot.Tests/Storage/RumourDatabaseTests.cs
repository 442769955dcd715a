using System.Globalization;
using LiteDB;
using RumourBot.Reports;
using RumourBot.Rumours;
using RumourBot.Storage;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Storage;

public class RumourDatabaseTests
{
    [Fact]
    public async Task Polls_read_from_many_threads_at_once_right_after_opening_all_come_back_whole()
    {
        // LiteDB publishes a type's map before it is built; threads meeting PollOption for the first time together
        // used to see it half-built. Every stored type is now mapped while the database opens.
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "rumourbot.db");
        using (var writer = new RumourDatabase(path))
        {
            new RumourBot.Polls.LiteDbPollStore(writer).Add(new RumourBot.Polls.Poll
            {
                GuildId = 1, Question = "Will Trent stay?", Options = [.. RumourBot.Polls.PollDraft.YesNo], State = RumourBot.Polls.PollState.Open,
            });
        }

        for (var round = 0; round < 20; round++)
        {
            using var database = new RumourDatabase(path);
            using var start = new Barrier(8);
            var reads = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            {
                start.SignalAndWait();
                return database.Collection<RumourBot.Polls.Poll>(RumourBot.Polls.LiteDbPollStore.PollsCollection).FindAll().Single().Options.Count;
            }));

            Assert.All(await Task.WhenAll(reads), count => Assert.Equal(2, count));
        }
    }

    [Fact]
    public void A_file_open_in_one_database_is_refused_to_a_second_until_the_first_closes()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "rumourbot.db");
        var first = new RumourDatabase(path);
        try
        {
            first.Settings().Upsert(new StoredSetting { Id = "owner", Value = "first" });

            var refused = Assert.Throws<StorageUnavailableException>(() => new RumourDatabase(path));

            Assert.Contains("open in another RumourBot process", refused.Message);
            Assert.Contains(path, refused.Message);
        }
        finally
        {
            first.Dispose();
        }
        using var second = new RumourDatabase(path);
        Assert.Equal("first", second.Settings().FindById("owner").Value);
    }

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

        Assert.Equal("yes", database.Settings().FindById("seeds-imported").Value);
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
            var store = new LiteDbRumourStore(database);
            var importer = new ReportImporter(store, new PlayerNameIndex(store.PlayersSeen), ReportAnalyzer.Default, TimeProvider.System);
            Assert.Equal("oberholz", importer.FindByLink(link)?.Id);
            Assert.Null(database.Reports().FindById("pasted").UrlKey);
        }

        using var reopened = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, Collation = ordinal });
        var indexes = reopened.GetCollection("$indexes").Find(Query.EQ("collection", "reports")).Select(i => i["name"].AsString).ToList();
        Assert.DoesNotContain("Url", indexes);
        Assert.Contains("UrlKey", indexes);
    }
}
