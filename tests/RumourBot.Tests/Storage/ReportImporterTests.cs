using RumourBot.Ingestion;
using RumourBot.Reports;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Storage;

public class ReportImporterTests
{
    private static Report Seed(string file) => ReportFileReader.Read(RepositoryPaths.Seed(file));

    [Fact]
    public void Importing_the_same_report_twice_stores_it_once()
    {
        using var bot = new TestBot();

        var first = bot.Importer.Import(Seed("08-leao-bayern-done.txt"), "test");
        var second = bot.Importer.Import(Seed("08-leao-bayern-done.txt"), "test");

        Assert.Equal(ImportOutcome.Stored, first.Outcome);
        Assert.Equal(ImportOutcome.AlreadyStored, second.Outcome);
        Assert.Equal(1, bot.Database.Reports().Count());
        Assert.Equal(1, Assert.Single(bot.Book.About("Rafael Leão")).ReportCount);
    }

    [Fact]
    public void Reports_about_the_same_move_build_one_timeline()
    {
        using var bot = new TestBot();

        bot.Importer.Import(Seed("trent-real-madrid-approach.txt"), "test");
        bot.Importer.Import(Seed("06-trent-real-madrid-early-release.txt"), "test");
        bot.Importer.Import(Seed("03-trent-real-madrid-talks-advance.txt"), "test");

        var rumour = Assert.Single(bot.Book.About("Trent Alexander-Arnold"), r => r.ToClub == "Real Madrid");
        Assert.Equal(3, rumour.Stories.Count);
        Assert.Equal(rumour.Stories.OrderBy(s => s.Published).Select(s => s.Published), rumour.Stories.Select(s => s.Published));
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero), rumour.FirstSeen);
        Assert.Equal(rumour.Stories[^1].Status, rumour.Status);
    }

    [Fact]
    public void A_near_duplicate_from_another_outlet_joins_the_story_and_keeps_both_outlets()
    {
        using var bot = new TestBot();

        bot.Importer.Import(Seed("10-adeyemi-napoli-fee-agreed.txt"), "test");
        bot.Importer.Import(Seed("11-adeyemi-napoli-dortmund-accept.txt"), "test");

        var rumour = Assert.Single(bot.Book.About("Karim Adeyemi"));
        var story = Assert.Single(rumour.Stories);
        Assert.Equal(2, story.ReportIds.Count);
        Assert.Equal(2, story.Outlets.Distinct().Count());
        Assert.Equal(2, bot.Database.Reports().Count());
    }

    [Fact]
    public void Data_survives_closing_and_reopening_the_database()
    {
        using var bot = new TestBot();
        bot.Importer.Import(Seed("01-gordon-arsenal-bid-rejected.txt"), "test");
        var before = bot.Book.Latest(null, null, 10).Select(r => (r.Id, r.ReportCount, r.Status)).ToList();

        bot.Reopen();

        Assert.Equal(before, bot.Book.Latest(null, null, 10).Select(r => (r.Id, r.ReportCount, r.Status)).ToList());
        Assert.NotEmpty(before);
    }

    [Fact]
    public void A_failure_inside_a_transaction_leaves_nothing_written()
    {
        using var bot = new TestBot();

        Assert.Throws<InvalidOperationException>(() => bot.Database.InTransaction<int>(() =>
        {
            bot.Database.Reports().Insert(new StoredReport { Id = "half-written", Title = "x" });
            throw new InvalidOperationException("crash mid-import");
        }));
        bot.Reopen();

        Assert.Null(bot.Database.Reports().FindById("half-written"));
    }

    [Fact]
    public async Task The_same_report_imported_from_eight_threads_at_once_is_stored_once()
    {
        using var bot = new TestBot();
        var report = Seed("trent-real-madrid-approach.txt");
        using var start = new ManualResetEventSlim();

        var imports = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return bot.Importer.Import(report, "test");
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(imports);

        Assert.Single(results, r => r.Outcome == ImportOutcome.Stored);
        Assert.Equal(1, bot.Database.Reports().Count());
        Assert.Equal(1, Assert.Single(bot.Book.About("Trent Alexander-Arnold"), r => r.ToClub == "Real Madrid").ReportCount);
    }

    [Fact]
    public void A_report_of_two_million_characters_on_one_line_is_cut_before_cleaning_and_stored()
    {
        using var bot = new TestBot();
        // One line of credits that never close: a pattern that scans to the end of the line from every "(".
        var line = "Arsenal have made a £40m bid for Brentford striker Igor Thiago. " + string.Concat(Enumerable.Repeat("(photo by Jo ", 160_000));

        var result = bot.Importer.Import(new Report(new string('T', 5000), new string('O', 5000), null, null, line), "test");

        Assert.Equal(ImportOutcome.Stored, result.Outcome);
        var stored = bot.Database.Reports().FindById(result.Report.Id);
        Assert.True(stored.Text.Length <= ArticleExtractor.MaxCharacters);
        Assert.True(stored.Title.Length <= InboundText.MaxTitle);
        Assert.True(stored.Outlet!.Length <= InboundText.MaxOutlet);
    }
}
