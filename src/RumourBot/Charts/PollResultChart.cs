using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace RumourBot.Charts;

/// <summary>
/// A closed poll's result: a bar per answer with its share and votes on the left, the running count of votes per
/// answer over the poll's life on the right.
/// </summary>
public static class PollResultChart
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static ChartImage Render(PollChartData poll, string fileName = "poll-result.png")
    {
        var total = poll.Answers.Sum(a => a.Votes);
        var bars = BarsPlot(poll, total);
        var swings = OverTimePlot(poll);
        var leader = poll.Answers.Count == 0 ? null : poll.Answers.MaxBy(a => a.Votes);
        var description = total == 0
            ? $"Poll result: {poll.Question}: no votes."
            : $"Poll result: {poll.Question}: " + string.Join(", ", poll.Answers.Select(a =>
                $"{a.Label} {Share(a.Votes, total)} ({a.Votes})")) + (leader is null ? "" : $"; {leader.Label} led at the close.");
        return ChartCanvas.Render(fileName, description, [(bars, 0.46f), (swings, 0.54f)]);
    }

    private static Plot BarsPlot(PollChartData poll, int total)
    {
        var plot = new Plot();
        ChartTheme.Apply(plot);
        var count = poll.Answers.Count;
        var bars = new List<Bar>();
        for (var i = 0; i < count; i++)
        {
            var answer = poll.Answers[i];
            var share = total == 0 ? 0 : answer.Votes * 100.0 / total;
            bars.Add(new Bar
            {
                // The first answer at the top, as the poll lists them.
                Position = count - 1 - i,
                Value = share,
                FillColor = ChartTheme.Series(i),
                LineWidth = 0,
                Label = $"{Share(answer.Votes, total)} ({answer.Votes.ToString("N0", English)})",
            });
        }
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.ForeColor = ChartTheme.Text;
        plottable.ValueLabelStyle.FontName = ChartFonts.Sans;
        plottable.ValueLabelStyle.FontSize = 14;
        plottable.ValueLabelStyle.Bold = true;

        var ticks = new NumericManual();
        for (var i = 0; i < count; i++) ticks.AddMajor(count - 1 - i, Shorten(poll.Answers[i].Label, 16));
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.TickLabelStyle.ForeColor = ChartTheme.Text;
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickLabelStyle.ForeColor = ChartTheme.Muted;
        plot.Axes.Bottom.Label.Text = "share of votes (%)";
        plot.Axes.Bottom.Label.ForeColor = ChartTheme.Muted;
        plot.Axes.Bottom.Label.FontSize = 12;
        // Room on the right for the longest label beside a full bar.
        plot.Axes.SetLimits(0, 135, -0.6, count - 0.4);
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Title(Shorten(poll.Question, 34), 16);
        plot.Axes.Title.Label.ForeColor = ChartTheme.Text;
        return plot;
    }

    private static Plot OverTimePlot(PollChartData poll)
    {
        var plot = new Plot();
        ChartTheme.Apply(plot);
        var start = poll.OpenedAt;
        var end = poll.ClosedAt > start ? poll.ClosedAt : start.AddMinutes(1);
        var hours = (end - start).TotalHours;
        var top = 1;
        for (var i = 0; i < poll.Answers.Count; i++)
        {
            var times = poll.Answers[i].VotedAt.Where(t => t <= end).OrderBy(t => t).ToList();
            var xs = new List<double> { 0 };
            var ys = new List<double> { 0 };
            if (times.Count <= MaxSteps)
            {
                for (var v = 0; v < times.Count; v++)
                {
                    xs.Add(Math.Max(0, (times[v] - start).TotalHours));
                    ys.Add(v + 1);
                }
            }
            else
            {
                // More votes than the panel has pixels: the running count read at evenly spaced moments looks the same
                // and draws in a fraction of the time.
                var hoursOf = times.Select(t => Math.Max(0, (t - start).TotalHours)).ToArray();
                for (var step = 1; step <= MaxSteps; step++)
                {
                    var at = hours * step / MaxSteps;
                    var upTo = Array.BinarySearch(hoursOf, at);
                    upTo = upTo >= 0 ? LastAtOrBefore(hoursOf, upTo) + 1 : ~upTo;
                    xs.Add(at);
                    ys.Add(upTo);
                }
            }
            xs.Add(hours);
            ys.Add(times.Count);
            top = Math.Max(top, times.Count);
            var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), ChartTheme.Series(i));
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.LineWidth = 2.5f;
            line.LegendText = Shorten(poll.Answers[i].Label, 14);
        }
        plot.Axes.SetLimits(0, hours, 0, top * 1.1 + 0.5);
        plot.Axes.Bottom.Label.Text = hours >= 48 ? "days since the poll opened" : "hours since the poll opened";
        if (hours >= 48)
        {
            var days = new NumericManual();
            var step = Math.Max(1, (int)Math.Ceiling(hours / 24 / 7));
            for (var d = 0; d * 24 <= hours; d += step) days.AddMajor(d * 24, d.ToString(English));
            plot.Axes.Bottom.TickGenerator = days;
        }
        plot.Axes.Bottom.Label.ForeColor = ChartTheme.Muted;
        plot.Axes.Bottom.Label.FontSize = 12;
        plot.Axes.Left.Label.Text = "votes";
        plot.Axes.Left.Label.ForeColor = ChartTheme.Muted;
        plot.Axes.Left.Label.FontSize = 12;
        plot.Axes.Left.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };
        plot.Title("Votes over time", 16);
        plot.Axes.Title.Label.ForeColor = ChartTheme.Text;
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Legend.FontSize = 12;
        return plot;
    }

    private const int MaxSteps = 240;

    private static int LastAtOrBefore(double[] sorted, int index)
    {
        while (index + 1 < sorted.Length && sorted[index + 1] == sorted[index]) index++;
        return index;
    }

    private static string Share(int votes, int total) =>
        (total == 0 ? 0 : votes / (double)total).ToString("P0", English);

    internal static string Shorten(string text, int max) =>
        text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
