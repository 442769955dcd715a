using RumourBot.Reports;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Rumours;

public class RumourChangeTests
{
    [Fact]
    public void Each_import_logs_where_the_rumour_stood_before_and_after_in_its_transaction()
    {
        using var bot = new TestBot();
        var first = bot.Importer.Import(ReportFileReader.Read(RepositoryPaths.Seed("10-adeyemi-napoli-fee-agreed.txt")), "test");
        bot.Time.Advance(TimeSpan.FromHours(1));
        var second = bot.Importer.Import(ReportFileReader.Read(RepositoryPaths.Seed("11-adeyemi-napoli-dortmund-accept.txt")), "test");
        bot.Importer.Import(ReportFileReader.Read(RepositoryPaths.Seed("11-adeyemi-napoli-dortmund-accept.txt")), "test"); // already stored: no change

        var changes = bot.Database.RumourChanges().FindAll().OrderBy(c => c.Id).ToList();

        Assert.Equal(2, changes.Count);
        Assert.All(changes, c => Assert.Equal(first.RumourIds[0], c.RumourId));
        Assert.Null(changes[0].StatusBefore); // the first report started the rumour
        Assert.Equal(changes[0].StatusAfter, changes[1].StatusBefore);
        Assert.Equal(MoveStatus.Agreed, changes[1].StatusAfter);
        Assert.Equal(second.Report.Id, changes[1].ReportId);
        Assert.Equal(bot.Time.GetUtcNow(), changes[1].At);
        Assert.Equal("Gianluca Di Marzio", changes[1].Source!.Name);
        Assert.Equal("Borussia Dortmund", changes[1].FromClub);
    }
}
