using BenchmarkDotNet.Attributes;
using RumourBot.Charts;

namespace RumourBot.Benchmarks.Charts;

/// <summary>Rendering each chart to PNG from <see cref="ChartSamples"/>. Target: under 50 ms each.</summary>
[MemoryDiagnoser]
public class ChartBenchmarks
{
    private PollChartData _poll = null!;
    private TimelineChartData _timeline = null!;
    private CalibrationChartData _calibration = null!;

    [GlobalSetup]
    public void Setup()
    {
        _poll = ChartSamples.Poll();
        _timeline = ChartSamples.Timeline();
        _calibration = ChartSamples.Calibration();
        ChartFonts.Ensure();
    }

    [Benchmark]
    public int PollResult() => PollResultChart.Render(_poll).Png.Length;

    [Benchmark]
    public int Timeline() => TimelineChart.Render(_timeline).Png.Length;

    [Benchmark]
    public int Calibration() => CalibrationChart.Render(_calibration).Png.Length;
}
