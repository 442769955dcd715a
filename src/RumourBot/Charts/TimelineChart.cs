using System.Globalization;
using RumourBot.Reports;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace RumourBot.Charts;

/// <summary>
/// A player's timeline: on top, each move's status climbing the ladder (interest → talks → bid → agreed → done) as
/// stories came, with the fee figures reported along the way; below, how many reports came in per day.
/// </summary>
public static class TimelineChart
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly string[] Steps = ["rumoured", "interest", "talks", "bid", "agreed", "done"];

    /// <summary>The rung of the ladder a status stands on; a rejected bid is still a bid, a renewal agreed is agreed.</summary>
    public static int Step(MoveStatus status) => status switch
    {
        MoveStatus.Interest => 1,
        MoveStatus.Talks => 2,
        MoveStatus.Bid or MoveStatus.Rejected => 3,
        MoveStatus.Agreed or MoveStatus.ContractRenewal => 4,
        MoveStatus.Done => 5,
        _ => 0,
    };

    public static ChartImage Render(TimelineChartData timeline, string fileName = "timeline.png")
    {
        var points = timeline.Moves.SelectMany(m => m.Points).ToList();
        var first = points.Count == 0 ? DateTimeOffset.UnixEpoch : points.Min(p => p.At);
        var last = points.Count == 0 ? first : points.Max(p => p.At);
        if (last - first < TimeSpan.FromDays(1)) last = first.AddDays(1);
        // Room either side, so a fee written over the first or last story is not cut off.
        var pad = Math.Max(0.75, (last - first).TotalDays * 0.07);
        var (from, to) = (first.UtcDateTime.AddDays(-pad), last.UtcDateTime.AddDays(pad));

        var status = StatusPlot(timeline, from, to);
        var reports = ReportsPlot(points, from, to);
        const float split = ChartTheme.Height * 0.7f;
        var description = $"Timeline of {timeline.Player}: " + string.Join("; ", timeline.Moves.Select(m =>
            $"{m.Name} reached {Steps[m.Points.Count == 0 ? 0 : m.Points.Max(p => Step(p.Status))]}"
            + (m.Points.LastOrDefault(p => p.Fee is not null)?.Fee is { } fee ? $", fee {FeeText(fee)}" : "")))
            + $"; {points.Sum(p => p.Reports)} reports.";
        return ChartCanvas.Render(fileName, description,
        [
            (status, new PixelRect(0, ChartTheme.Width, split, 0)),
            (reports, new PixelRect(0, ChartTheme.Width, ChartTheme.Height, split)),
        ]);
    }

    private static Plot StatusPlot(TimelineChartData timeline, DateTime from, DateTime to)
    {
        var plot = new Plot();
        ChartTheme.Apply(plot);
        for (var m = 0; m < timeline.Moves.Count; m++)
        {
            var move = timeline.Moves[m];
            var colour = ChartTheme.Series(m);
            var ordered = move.Points.OrderBy(p => p.At).ToList();
            if (ordered.Count == 0) continue;
            var xs = ordered.Select(p => p.At.UtcDateTime.ToOADate()).Append(to.ToOADate()).ToArray();
            // The line holds the highest rung reached so far: a later vague story does not undo a bid.
            var ys = new double[xs.Length];
            var reached = 0;
            for (var i = 0; i < ordered.Count; i++) ys[i] = reached = Math.Max(reached, Step(ordered[i].Status));
            ys[^1] = reached;
            // Each move a little apart, so lines on the same rung stay visible.
            var offset = (m - (timeline.Moves.Count - 1) / 2.0) * 0.08;
            var line = plot.Add.ScatterLine(xs, ys.Select(y => y + offset).ToArray(), colour);
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.LineWidth = 3;
            line.LegendText = PollResultChart.Shorten(move.Name, 32);

            var dots = plot.Add.ScatterPoints(
                ordered.Select(p => p.At.UtcDateTime.ToOADate()).ToArray(),
                ordered.Select(p => Step(p.Status) + offset).ToArray(), colour);
            dots.MarkerSize = 9;

            Fee? shown = null;
            foreach (var point in ordered)
            {
                if (point.Fee is not { } fee || (shown is not null && shown.AmountMillions == fee.AmountMillions && shown.Currency == fee.Currency)) continue;
                shown = fee;
                var label = plot.Add.Text(FeeText(fee), point.At.UtcDateTime.ToOADate(), Step(point.Status) + offset + 0.22);
                label.LabelFontColor = colour;
                label.LabelFontSize = 13;
                label.LabelBold = true;
                label.LabelFontName = ChartFonts.Sans;
                label.LabelAlignment = Alignment.LowerCenter;
            }
        }
        var rungs = new NumericManual();
        for (var i = 0; i < Steps.Length; i++) rungs.AddMajor(i, Steps[i]);
        plot.Axes.Left.TickGenerator = rungs;
        plot.Axes.Left.TickLabelStyle.ForeColor = ChartTheme.Text;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Axes.Bottom.TickLabelStyle.IsVisible = false;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Bottom.TickLabelStyle.IsVisible = false;
        plot.Axes.SetLimits(from.ToOADate(), to.ToOADate(), -0.4, Steps.Length - 0.3);
        plot.Title(PollResultChart.Shorten($"{timeline.Player}: the story so far", 60), 16);
        plot.Axes.Title.Label.ForeColor = ChartTheme.Text;
        if (timeline.Moves.Count > 0)
        {
            plot.ShowLegend(Alignment.UpperLeft);
            plot.Legend.FontSize = 12;
        }
        plot.Layout.Fixed(new PixelPadding(80, 20, 8, 36));
        return plot;
    }

    private static Plot ReportsPlot(IReadOnlyList<TimelinePoint> points, DateTime from, DateTime to)
    {
        var plot = new Plot();
        ChartTheme.Apply(plot);
        // A day a bar over a few weeks; a week a bar over a longer story, so the bars stay visible.
        var days = (to - from).TotalDays > 60 ? 7 : 1;
        var perDay = points
            .GroupBy(p => p.At.UtcDateTime.Date.AddDays(-((p.At.UtcDateTime.Date - DateTime.UnixEpoch).Days % days)))
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Reports));
        var bars = perDay.Select(d => new Bar
        {
            Position = d.Key.AddDays(days / 2.0).ToOADate(),
            Value = d.Value,
            Size = days * 0.8,
            FillColor = ChartTheme.Muted,
            LineWidth = 0,
        }).ToList();
        if (bars.Count > 0) plot.Add.Bars(bars);
        var dates = plot.Axes.DateTimeTicksBottom();
        if (dates.TickGenerator is DateTimeAutomatic automatic) automatic.LabelFormatter = d => d.ToString("d MMM", English);
        plot.Axes.Bottom.TickLabelStyle.ForeColor = ChartTheme.Muted;
        plot.Axes.Left.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true, TargetTickCount = 3 };
        plot.Axes.Left.TickLabelStyle.ForeColor = ChartTheme.Muted;
        plot.Axes.Left.Label.Text = days == 1 ? "reports a day" : "a week";
        plot.Axes.Left.Label.ForeColor = ChartTheme.Muted;
        plot.Axes.Left.Label.FontSize = 11;
        plot.Axes.SetLimits(from.ToOADate(), to.ToOADate(), 0, Math.Max(1, perDay.Values.DefaultIfEmpty(0).Max()) * 1.2);
        plot.Layout.Fixed(new PixelPadding(80, 20, 30, 6));
        return plot;
    }

    /// <summary>"€90m", "£40.5m", "free".</summary>
    public static string FeeText(Fee fee)
    {
        if (fee.AmountMillions == 0) return "free";
        var symbol = fee.Currency switch
        {
            "GBP" => "£",
            "EUR" => "€",
            "USD" => "$",
            null => "",
            { } other => other + " ",
        };
        return $"{symbol}{fee.AmountMillions.ToString("0.#", English)}m";
    }
}
