using RumourBot.Charts;

namespace RumourBot.Tests.Charts;

public class PollResultChartTests
{
    private static readonly DateTimeOffset Opened = new(2026, 11, 20, 18, 0, 0, TimeSpan.Zero);

    private static PollChartData Poll(int yes, int no) => new("Will he stay?",
    [
        new("Yes", Enumerable.Range(0, yes).Select(i => Opened.AddMinutes(10 + i)).ToList()),
        new("No", Enumerable.Range(0, no).Select(i => Opened.AddHours(20).AddMinutes(i)).ToList()),
    ], Opened, Opened.AddDays(1));

    [Fact]
    public void Renders_a_small_png_of_the_themes_size_that_decodes()
    {
        var chart = PollResultChart.Render(Poll(30, 10));

        using var pixels = ChartPixels.Decode(chart);
        Assert.Equal((ChartTheme.Width, ChartTheme.Height), (pixels.Width, pixels.Height));
        Assert.Equal((chart.Width, chart.Height), (pixels.Width, pixels.Height));
        Assert.InRange(chart.Png.Length, 1_000, 200 * 1024);
        Assert.Equal("poll-result.png", chart.FileName);
    }

    [Fact]
    public void Bars_are_as_long_as_the_answers_shares()
    {
        using var pixels = ChartPixels.Decode(PollResultChart.Render(Poll(30, 10)));

        // The bars panel is the left 46%; each answer's bar is drawn in its palette colour.
        var bars = (int)(ChartTheme.Width * 0.46);
        var yes = pixels.Count(ChartTheme.Series(0), right: bars);
        var no = pixels.Count(ChartTheme.Series(1), right: bars);
        Assert.True(no > 0, "the No bar is missing");
        Assert.InRange(yes / (double)no, 2.5, 3.5);
    }

    [Fact]
    public void Votes_over_time_draw_a_line_per_answer_and_the_background_is_opaque()
    {
        using var pixels = ChartPixels.Decode(PollResultChart.Render(Poll(30, 10)));

        var left = (int)(ChartTheme.Width * 0.46);
        Assert.True(pixels.Count(ChartTheme.Series(0), left: left) > 50);
        Assert.True(pixels.Count(ChartTheme.Series(1), left: left) > 50);
        // Opaque everywhere, so Discord's light and dark themes never show through the corners.
        Assert.Equal(255, pixels.At(0, 0).Alpha);
        Assert.Equal(255, pixels.At(ChartTheme.Width - 1, ChartTheme.Height - 1).Alpha);
    }

    [Fact]
    public void An_answer_nobody_chose_has_no_bar()
    {
        using var pixels = ChartPixels.Decode(PollResultChart.Render(Poll(12, 0)));

        Assert.True(pixels.Count(ChartTheme.Series(0), right: (int)(ChartTheme.Width * 0.46)) > 500);
        Assert.True(pixels.Count(ChartTheme.Series(1), right: (int)(ChartTheme.Width * 0.46)) < 60); // at most its legend-free label area
    }

    [Fact]
    public void Its_description_gives_each_answers_share_and_votes()
    {
        var chart = PollResultChart.Render(Poll(30, 10));

        Assert.Contains("Yes 75% (30)", chart.Description);
        Assert.Contains("No 25% (10)", chart.Description);
    }

    [Fact]
    public void A_poll_without_votes_still_renders()
    {
        var chart = PollResultChart.Render(Poll(0, 0));

        using var pixels = ChartPixels.Decode(chart);
        Assert.Equal(ChartTheme.Width, pixels.Width);
        Assert.Contains("no votes", chart.Description);
    }
}
