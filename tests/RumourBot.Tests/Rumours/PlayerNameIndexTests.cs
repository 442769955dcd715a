using RumourBot.Reports;
using RumourBot.Rumours;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Rumours;

/// <summary>Autocomplete's player names, from memory: word starts, first words first, the latest seen first.</summary>
public class PlayerNameIndexTests
{
    private static readonly DateTimeOffset Day = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static PlayerNameIndex Index(params (string Player, int Day)[] players) =>
        new(() => players.Select(p => (p.Player, Day.AddDays(p.Day))));

    [Fact]
    public void A_name_is_found_from_the_start_of_any_of_its_words_ignoring_case_and_accents()
    {
        var index = Index(("Trent Alexander-Arnold", 1), ("Rafael Leão", 2), ("Arne Slot", 3));

        Assert.Equal(["Trent Alexander-Arnold"], index.Find("arnold", 25));
        Assert.Equal(["Trent Alexander-Arnold"], index.Find("TRENT ALEX", 25));
        Assert.Equal(["Rafael Leão"], index.Find("leao", 25));
        Assert.Empty(index.Find("lexander", 25)); // not the start of a word
    }

    [Fact]
    public void First_word_matches_come_first_then_the_most_recently_seen_and_at_most_max()
    {
        var index = Index(("Marc Alberto", 5), ("Alberto Moleiro", 1), ("Luis Alberto", 9), ("Alba Jordi", 3));

        Assert.Equal(["Alba Jordi", "Alberto Moleiro", "Luis Alberto", "Marc Alberto"], index.Find("alb", 25));
        Assert.Equal(["Alba Jordi", "Alberto Moleiro"], index.Find("alb", 2));
        Assert.Equal(["Luis Alberto", "Marc Alberto", "Alba Jordi"], index.Find("", 3));
    }

    [Fact]
    public async Task A_player_imported_after_the_first_keystroke_is_suggested_at_the_next()
    {
        using var bot = new TestBot();
        bot.Importer.Import(new Report("Thiago bid", null, null, null, "Arsenal have made a £40m bid for Brentford striker Igor Thiago, according to reports."), "test");
        var before = bot.Book.PlayerNames("ig", 25);

        bot.Time.Advance(TimeSpan.FromHours(1));
        bot.Importer.Import(new Report("Igor bid", null, null, null, "Chelsea have made a £30m bid for Fiorentina defender Igor Julio, according to reports."), "test");
        var after = bot.Book.PlayerNames("ig", 25);
        bot.Reopen(); // read back from the file
        var reopened = bot.Book.PlayerNames("ig", 25);
        await Task.CompletedTask;

        Assert.Equal(["Igor Thiago"], before);
        Assert.Equal(["Igor Julio", "Igor Thiago"], after);
        Assert.Equal(after, reopened);
    }
}
