using RumourBot.Replies;
using RumourBot.Tests.Support;

namespace RumourBot.Tests.Rumours;

public class RumourCommandsTests
{
    [Fact]
    public async Task Latest_lists_rumours_newest_first_with_status_fee_source_and_age()
    {
        using var bot = new TestBot();
        bot.Seeds.ImportOnce();

        var reply = await bot.RunAsync("/rumours latest count:10");

        Assert.Equal(ReplyTone.Neutral, reply.Tone);
        Assert.Equal(10, reply.Fields.Count);
        var trent = Assert.Single(reply.Fields, f => f.Name.Contains("Trent Alexander-Arnold: Liverpool → Real Madrid"));
        Assert.Contains("agreed", trent.Value);
        Assert.Contains("in the region of €10m", trent.Value);
        Assert.Contains("months ago", trent.Value); // the fake clock stands at 1 October 2025
        Assert.Contains("reports", trent.Value);
    }

    [Fact]
    public async Task Latest_filters_by_club_nickname_and_by_player()
    {
        using var bot = new TestBot();
        bot.Seeds.ImportOnce();

        var byClub = await bot.RunAsync("/rumours latest club:Los Blancos");
        var byPlayer = await bot.RunAsync("/rumours latest player:dalot");

        Assert.All(byClub.Fields, f => Assert.Contains("Real Madrid", f.Name));
        Assert.NotEmpty(byClub.Fields);
        Assert.Equal("1. Diogo Dalot: Manchester United → Real Madrid", Assert.Single(byPlayer.Fields).Name);
    }

    [Fact]
    public async Task About_shows_the_timeline_oldest_first()
    {
        using var bot = new TestBot();
        bot.Seeds.ImportOnce();

        var reply = await bot.RunAsync("/rumours about player:Trent Alexander-Arnold");

        var dates = reply.Fields.Where(f => f.Name.StartsWith("→") || f.Name.Contains("2025")).Select(f => f.Name).ToList();
        Assert.Contains(dates, d => d.Contains("2 Jan 2025"));
        Assert.Contains(dates, d => d.Contains("28 May 2025"));
        Assert.True(dates.FindIndex(d => d.Contains("2 Jan 2025")) < dates.FindIndex(d => d.Contains("28 May 2025")));
        // Each story's heading carries its status and fee; the summary is the story's own text.
        var agreed = reply.Fields.Single(f => f.Name.Contains("28 May 2025"));
        Assert.Contains("agreed · in the region of €10m", agreed.Name);
        Assert.StartsWith("Liverpool have agreed a fee", agreed.Value);
    }

    [Fact]
    public async Task About_an_unknown_player_is_an_ephemeral_error()
    {
        using var bot = new TestBot();

        var reply = await bot.RunAsync("/rumours about player:Nobody Atall");

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.True(reply.Ephemeral);
    }

    [Fact]
    public async Task A_status_and_fee_the_analysis_is_unsure_of_are_marked_so_and_sure_ones_are_not()
    {
        using var bot = new TestBot();
        // "agreed" is told only of "the two clubs"; "around £12m" is a valuation, the fee only for want of an offer.
        await bot.RunAsync("/rumours submit text:Leeds United want Burnley midfielder Josh Carter. The two clubs have agreed a fee. Burnley value him at around £12m.");
        await bot.RunAsync("/rumours submit text:Arsenal have agreed a £30m fee with Brentford for Tomas Varga, and the Brentford midfielder will have a medical on Monday.");

        var latest = await bot.RunAsync("/rumours latest count:5");
        bot.Reopen(); // the marks are stored with the story, not worked out again
        var about = await bot.RunAsync("/rumours about player:Josh Carter");

        var carter = Assert.Single(latest.Fields, f => f.Name.Contains("Josh Carter"));
        Assert.StartsWith("agreed (unsure) · around £12m (unsure) · ", carter.Value);
        var varga = Assert.Single(latest.Fields, f => f.Name.Contains("Tomas Varga"));
        Assert.StartsWith("agreed · £30m · ", varga.Value);
        Assert.Contains("agreed (unsure) · around £12m (unsure)", about.Description);
    }

    [Fact]
    public async Task Submit_analyses_stores_and_feeds_the_rumour()
    {
        using var bot = new TestBot();
        const string text = "Chelsea have agreed a fee of around £35m with Brighton for Jan Paul van Hecke, Sky Sports News understands. " +
            "The Dutch defender will undergo a medical this week.";

        var reply = await bot.RunAsync($"/rumours submit text:{text}");
        var again = await bot.RunAsync($"/rumours submit text:{text}");

        Assert.Equal("Report added", reply.Title);
        Assert.Contains(reply.Fields, f => f.Name == "Jan Paul van Hecke: Brighton & Hove Albion → Chelsea" && f.Value.Contains("agreed"));
        Assert.Equal("Already on file", again.Title);
        Assert.Equal(1, bot.Database.Reports().Count());
        Assert.Single(bot.Book.About("van Hecke"));
    }

    [Theory]
    [InlineData("/rumours submit text:too short", "too short")]
    [InlineData("/rumours submit text:The weather in Devon was glorious all weekend and the beaches were very busy indeed.", "couldn't find a transfer")]
    [InlineData("/rumours latest count:50", "between 1 and 10")]
    [InlineData("/rumours latest count:many", "whole number")]
    [InlineData("/rumours about", "needs player")]
    public async Task Bad_input_is_explained_and_stores_nothing(string line, string expected)
    {
        using var bot = new TestBot();

        var reply = await bot.RunAsync(line);

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.True(reply.Ephemeral);
        Assert.Contains(expected, reply.Description);
        Assert.Equal(0, bot.Database.Reports().Count());
    }
}
