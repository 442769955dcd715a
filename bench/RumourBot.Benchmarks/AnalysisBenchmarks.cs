using BenchmarkDotNet.Attributes;
using RumourBot.Reports;

namespace RumourBot.Benchmarks;

/// <summary>
/// Analysis throughput on one core: one call analyses the ~600-word founding article (headers, clubs, people,
/// fees, status, sources, summary). Reports per second = 1 / mean time.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private Report _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "seeds", "trent-real-madrid-approach.txt");
        _report = ReportFileReader.Read(path);
        _ = ReportAnalyzer.Default.Analyze(_report); // load the club and source lists outside the measurement
    }

    [Benchmark]
    public ReportAnalysis AnalyzeFoundingArticle() => ReportAnalyzer.Default.Analyze(_report);
}
