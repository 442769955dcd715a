using RumourBot.Charts;

namespace RumourBot.Tests.Charts;

public class CalibrationChartTests
{
    private static CalibrationChartData Crowd(bool favouritesWin)
    {
        var forecasts = new List<(double, bool)>();
        for (var i = 0; i < 10; i++)
        {
            forecasts.Add((0.9, favouritesWin));
            forecasts.Add((0.1, !favouritesWin));
        }
        return new CalibrationChartData(10, favouritesWin ? 10 : 0, CalibrationChartData.Band(forecasts));
    }

    [Fact]
    public void Renders_a_small_png_of_the_themes_size_that_decodes()
    {
        var chart = CalibrationChart.Render(Crowd(true));

        using var pixels = ChartPixels.Decode(chart);
        Assert.Equal((800, 400), (pixels.Width, pixels.Height));
        Assert.InRange(chart.Png.Length, 1_000, 200 * 1024);
    }

    [Fact]
    public void A_crowd_whose_favourites_win_plots_its_top_band_high()
    {
        using var right = ChartPixels.Decode(CalibrationChart.Render(Crowd(true)));
        using var wrong = ChartPixels.Decode(CalibrationChart.Render(Crowd(false)));

        // The right-hand side of the plot holds only the 90% band's point (and the diagonal, drawn in grey).
        var rightTop = right.TopmostRow(ChartTheme.Series(0), left: 600);
        var wrongTop = wrong.TopmostRow(ChartTheme.Series(0), left: 600);
        Assert.NotNull(rightTop);
        Assert.NotNull(wrongTop);
        Assert.True(rightTop < wrongTop - 150, $"right at row {rightTop}, wrong at row {wrongTop}");
    }

    [Fact]
    public void The_title_and_description_give_the_majoritys_record()
    {
        var chart = CalibrationChart.Render(new CalibrationChartData(4, 3, CalibrationChartData.Band([(0.7, true), (0.3, false)])));

        Assert.StartsWith("Crowd calibration: majority right in 3 of 4 polls (75%)", chart.Description);
        Assert.Contains("1 of 1 came true", chart.Description);
    }

    [Fact]
    public void No_settled_polls_is_a_chart_that_says_so() =>
        Assert.Contains("no settled polls yet", CalibrationChart.Render(new CalibrationChartData(0, 0, CalibrationChartData.Band([]))).Description);
}
