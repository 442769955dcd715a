using RumourBot.Charts;

namespace RumourBot.Tests.Charts;

public class CalibrationChartDataTests
{
    [Fact]
    public void Bands_count_forecasts_and_how_many_came_true()
    {
        var bins = CalibrationChartData.Band([(0.05, false), (0.15, true), (0.65, true), (0.75, false), (0.7, true), (1.0, true)]);

        Assert.Equal(5, bins.Count);
        Assert.Equal((2, 1), (bins[0].Forecasts, bins[0].CameTrue));
        Assert.Equal(0, bins[1].Forecasts);
        Assert.Equal((3, 2), (bins[3].Forecasts, bins[3].CameTrue));
        Assert.Equal(0.7, bins[3].MeanForecast, 3);
        Assert.Equal((1, 1), (bins[4].Forecasts, bins[4].CameTrue)); // 100% belongs to the top band
        Assert.Equal(2 / 3.0, bins[3].Observed, 3);
    }

    [Fact]
    public void An_edge_belongs_to_the_band_above() =>
        Assert.Equal(1, CalibrationChartData.Band([(0.4, true)])[2].Forecasts);
}
