using RumourBot.Charts;
using RumourBot.Reports;

namespace RumourBot.Benchmarks.Charts;

/// <summary>
/// Known data for one chart of each kind: what the benchmark renders and what README shows
/// (<c>dotnet run --project bench/RumourBot.Benchmarks -- charts docs</c> writes the PNGs).
/// </summary>
public static class ChartSamples
{
    private static readonly DateTimeOffset Opened = new(2026, 11, 20, 18, 0, 0, TimeSpan.Zero);

    public static PollChartData Poll()
    {
        // 1,204 voters over three days; "No" leads early, then Real Madrid's bid swings the room.
        var random = new Random(7);
        var yes = new List<DateTimeOffset>();
        var no = new List<DateTimeOffset>();
        var maybe = new List<DateTimeOffset>();
        for (var i = 0; i < 1204; i++)
        {
            var at = Opened.AddMinutes(random.NextDouble() * 72 * 60);
            var afterBid = at > Opened.AddHours(30);
            var roll = random.NextDouble();
            if (roll < (afterBid ? 0.62 : 0.28)) yes.Add(at);
            else if (roll < 0.9) no.Add(at);
            else maybe.Add(at);
        }
        return new PollChartData("Will Trent join Real Madrid?", [new("Yes", yes), new("No", no), new("Not this summer", maybe)],
            Opened, Opened.AddDays(3));
    }

    public static TimelineChartData Timeline()
    {
        var start = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
        return new TimelineChartData("Trent Alexander-Arnold",
        [
            new("Liverpool → Real Madrid",
            [
                new(start, MoveStatus.Interest, 3, null),
                new(start.AddDays(4), MoveStatus.Talks, 5, null),
                new(start.AddDays(9), MoveStatus.Bid, 7, new Fee(70, "EUR", null, "€70m")),
                new(start.AddDays(12), MoveStatus.Rejected, 4, new Fee(70, "EUR", null, "€70m")),
                new(start.AddDays(16), MoveStatus.Bid, 6, new Fee(85, "EUR", null, "€85m")),
                new(start.AddDays(21), MoveStatus.Agreed, 9, new Fee(85, "EUR", "plus add-ons", "€85m plus add-ons")),
                new(start.AddDays(24), MoveStatus.Done, 12, null),
            ]),
            new("Liverpool → Manchester City",
            [
                new(start.AddDays(2), MoveStatus.Interest, 2, null),
                new(start.AddDays(8), MoveStatus.Talks, 1, new Fee(60, "GBP", null, "£60m")),
            ]),
        ]);
    }

    public static CalibrationChartData Calibration()
    {
        var random = new Random(11);
        var forecasts = new List<(double, bool)>();
        for (var i = 0; i < 180; i++)
        {
            var share = random.NextDouble();
            // A crowd a little over-confident at the top, as crowds are.
            forecasts.Add((share, random.NextDouble() < 0.08 + share * 0.78));
        }
        return new CalibrationChartData(60, 41, CalibrationChartData.Band(forecasts));
    }

    /// <summary>Writes the three sample charts into a folder (README's pictures).</summary>
    public static int Write(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var chart in new[]
                 {
                     PollResultChart.Render(Poll(), "chart-poll-result.png"),
                     TimelineChart.Render(Timeline(), "chart-timeline.png"),
                     CalibrationChart.Render(Calibration(), "chart-crowd-calibration.png"),
                 })
        {
            var path = Path.Combine(folder, chart.FileName);
            File.WriteAllBytes(path, chart.Png);
            Console.WriteLine($"{path}: {chart.Width}×{chart.Height}, {chart.Png.Length / 1024.0:F1} KB");
        }
        // A rough look (the benchmark is the measure): the best of 20 renders of each, after a warm-up.
        foreach (var (name, render) in new (string, Func<ChartImage>)[]
                 {
                     ("poll result", () => PollResultChart.Render(Poll())),
                     ("timeline", () => TimelineChart.Render(Timeline())),
                     ("calibration", () => CalibrationChart.Render(Calibration())),
                 })
        {
            render();
            // CPU time as well as wall time: on a busy machine the wall clock mostly measures the wait for a core.
            var process = System.Diagnostics.Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var best = Enumerable.Range(0, 20).Min(_ =>
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                render();
                return clock.Elapsed.TotalMilliseconds;
            });
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / 20;
            Console.WriteLine($"{name}: best of 20 {best:F1} ms wall, {cpu:F1} ms CPU each");
        }
        return 0;
    }
}
