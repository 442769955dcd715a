using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace RumourBot.Charts;

/// <summary>
/// The crowd's calibration: for each band of vote share, how often such answers came true, against the diagonal
/// a perfectly calibrated crowd would sit on; each point says how many answers it stands for.
/// </summary>
public static class CalibrationChart
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static ChartImage Render(CalibrationChartData record, string fileName = "crowd-calibration.png")
    {
        var plot = new Plot();
        ChartTheme.Apply(plot);

        var diagonal = plot.Add.Line(0, 0, 100, 100);
        diagonal.LineColor = ChartTheme.Muted;
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.LineWidth = 1.5f;
        diagonal.LegendText = "perfectly calibrated";

        var filled = record.Bins.Where(b => b.Forecasts > 0).ToList();
        var colour = ChartTheme.Series(0);
        if (filled.Count > 0)
        {
            var xs = filled.Select(b => b.MeanForecast * 100).ToArray();
            var ys = filled.Select(b => b.Observed * 100).ToArray();
            var line = plot.Add.Scatter(xs, ys, colour);
            line.LineWidth = 3;
            line.MarkerSize = 12;
            line.LegendText = "the crowd";
            foreach (var bin in filled)
            {
                var label = plot.Add.Text($"{bin.CameTrue}/{bin.Forecasts}", bin.MeanForecast * 100, bin.Observed * 100 + 4);
                label.LabelFontColor = ChartTheme.Text;
                label.LabelFontSize = 12;
                label.LabelFontName = ChartFonts.Sans;
                label.LabelAlignment = Alignment.LowerCenter;
            }
        }

        var percent = new NumericManual();
        for (var p = 0; p <= 100; p += 20) percent.AddMajor(p, $"{p}%");
        plot.Axes.Bottom.TickGenerator = percent;
        var observedTicks = new NumericManual();
        for (var p = 0; p <= 100; p += 20) observedTicks.AddMajor(p, $"{p}%");
        plot.Axes.Left.TickGenerator = observedTicks;
        plot.Axes.Bottom.TickLabelStyle.ForeColor = ChartTheme.Text;
        plot.Axes.Left.TickLabelStyle.ForeColor = ChartTheme.Text;
        plot.Axes.Bottom.Label.Text = "share of the votes an answer got";
        plot.Axes.Left.Label.Text = "how often it came true";
        foreach (var label in new[] { plot.Axes.Bottom.Label, plot.Axes.Left.Label })
        {
            label.ForeColor = ChartTheme.Muted;
            label.FontSize = 13;
        }
        plot.Axes.SetLimits(-3, 103, -3, 110);
        var share = record.Polls == 0 ? "no settled polls yet" : $"majority right in {record.MajorityRight} of {record.Polls} polls ({(record.MajorityRight / (double)record.Polls).ToString("P0", English)})";
        plot.Title($"The crowd's record: {share}", 16);
        plot.Axes.Title.Label.ForeColor = ChartTheme.Text;
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Legend.FontSize = 12;

        var description = $"Crowd calibration: {share}. " + string.Join("; ", filled.Select(b =>
            $"{b.From.ToString("P0", English)}-{b.To.ToString("P0", English)}: {b.CameTrue} of {b.Forecasts} came true"));
        return ChartCanvas.Render(fileName, description.TrimEnd(' ', ';'), [(plot, 1f)]);
    }
}
