using RumourBot.Reports;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Storage;

public class SeedImporterTests
{
    private static int SeedFileCount => Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Length;

    [Fact]
    public void The_first_start_imports_every_seed()
    {
        using var bot = new TestBot();

        var stored = bot.Seeds.ImportOnce();

        Assert.Equal(SeedFileCount, stored);
        Assert.Equal(SeedFileCount, bot.Database.Reports().Count());
        Assert.True(SeedFileCount >= 9);
    }

    [Fact]
    public void Starting_again_loads_nothing_twice()
    {
        using var bot = new TestBot();
        bot.Seeds.ImportOnce();
        var rumours = bot.Database.Rumours().Count();

        bot.Reopen();
        var storedAgain = bot.Seeds.ImportOnce();

        Assert.Equal(0, storedAgain);
        Assert.Equal(SeedFileCount, bot.Database.Reports().Count());
        Assert.Equal(rumours, bot.Database.Rumours().Count());
    }

    [Fact]
    public void A_start_after_a_crash_mid_import_finishes_without_duplicates()
    {
        using var bot = new TestBot();
        // As if the process died after two seeds: they are stored, the "done" mark is not.
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Take(2))
        {
            bot.Importer.Import(ReportFileReader.Read(file), "seed");
        }

        var stored = bot.Seeds.ImportOnce();

        Assert.Equal(SeedFileCount - 2, stored);
        Assert.Equal(SeedFileCount, bot.Database.Reports().Count());
    }

    [Fact]
    public void A_missing_seeds_folder_starts_empty()
    {
        using var empty = new TempFolder();
        using var bot = new TestBot(seedsFolder: Path.Combine(empty.Path, "none"));

        Assert.Equal(0, bot.Seeds.ImportOnce());
        Assert.Equal(0, bot.Database.Reports().Count());
    }
}
