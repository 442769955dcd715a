using RumourBot.Charts;
using RumourBot.Reports;

namespace RumourBot.Tests.Charts;

public class TimelineChartTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    private static TimelineChartData Story(MoveStatus last, Fee? fee = null) => new("Trent Alexander-Arnold",
    [
        new("Liverpool → Real Madrid",
        [
            new(Start, MoveStatus.Interest, 2, null),
            new(Start.AddDays(5), MoveStatus.Talks, 3, fee),
            new(Start.AddDays(10), last, 4, null),
        ]),
    ]);

    [Fact]
    public void Renders_a_small_png_of_the_themes_size_that_decodes()
    {
        var chart = TimelineChart.Render(Story(MoveStatus.Done, new Fee(85, "EUR", null, "€85m")));

        using var pixels = ChartPixels.Decode(chart);
        Assert.Equal((800, 400), (pixels.Width, pixels.Height));
        Assert.InRange(chart.Png.Length, 1_000, 200 * 1024);
    }

    [Fact]
    public void A_move_that_went_through_climbs_higher_than_one_that_stalled()
    {
        using var done = ChartPixels.Decode(TimelineChart.Render(Story(MoveStatus.Done)));
        using var stalled = ChartPixels.Decode(TimelineChart.Render(Story(MoveStatus.Interest)));

        // Right of the legend, where only the status line is drawn in the move's colour.
        var doneTop = done.TopmostRow(ChartTheme.Series(0), left: 400);
        var stalledTop = stalled.TopmostRow(ChartTheme.Series(0), left: 400);
        Assert.NotNull(doneTop);
        Assert.NotNull(stalledTop);
        Assert.True(doneTop < stalledTop - 60, $"done at row {doneTop}, stalled at row {stalledTop}");
    }

    [Fact]
    public void The_reports_per_day_are_drawn_below()
    {
        using var pixels = ChartPixels.Decode(TimelineChart.Render(Story(MoveStatus.Bid)));

        Assert.True(pixels.Count(ChartTheme.Muted, top: 290, bottom: 370) > 200);
    }

    [Fact]
    public void Its_description_names_how_far_each_move_got_and_the_fee()
    {
        var chart = TimelineChart.Render(Story(MoveStatus.Agreed, new Fee(40.5m, "GBP", null, "£40.5m")));

        Assert.Equal("Timeline of Trent Alexander-Arnold: Liverpool → Real Madrid reached agreed, fee £40.5m; 9 reports.", chart.Description);
    }

    [Theory]
    [InlineData(MoveStatus.Unknown, 0)]
    [InlineData(MoveStatus.Interest, 1)]
    [InlineData(MoveStatus.Talks, 2)]
    [InlineData(MoveStatus.Bid, 3)]
    [InlineData(MoveStatus.Rejected, 3)]
    [InlineData(MoveStatus.Agreed, 4)]
    [InlineData(MoveStatus.Done, 5)]
    public void Each_status_stands_on_its_rung(MoveStatus status, int step) =>
        Assert.Equal(step, TimelineChart.Step(status));

    [Theory]
    [InlineData(85, "EUR", "€85m")]
    [InlineData(40.5, "GBP", "£40.5m")]
    [InlineData(12, "USD", "$12m")]
    [InlineData(30, "CHF", "CHF 30m")]
    [InlineData(0, "GBP", "free")]
    public void Fees_are_shown_with_their_currency(double millions, string currency, string text) =>
        Assert.Equal(text, TimelineChart.FeeText(new Fee((decimal)millions, currency, null, "")));

    [Fact]
    public void A_player_without_stories_still_renders() =>
        Assert.Equal(800, ChartPixels.Decode(TimelineChart.Render(new TimelineChartData("Nobody", []))).Width);
}
