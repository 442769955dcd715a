using System.Diagnostics;
using System.Globalization;
using RumourBot.Reports;

namespace RumourBot.Benchmarks;

/// <summary>
/// <c>analysis-loop [seconds] [folder] [warm-up seconds]</c>: analyses every report file of a folder (by default the real
/// Dev reports) over and over on one thread, and prints reports per second with the bytes allocated per report. Issue
/// 10's floor (2,000 reports/s on one core) is read on this mix of real text, not on one article. The process's CPU
/// time is printed beside the wall time: above one core means the collector and the JIT worked on other cores meanwhile.
/// The timed part starts after a warm-up (30 s unless given): the runtime first runs the analyser as quickly compiled
/// and then instrumented code, and re-compiles it optimised only once calls have been counted, so a short warm-up reads
/// the compiler's work, not the analyser's. Pinned to one core (<c>taskset -c 0</c>) the compiler shares that core and
/// the steady state takes about two minutes: give a warm-up of 150 s there.
/// </summary>
public static class AnalysisLoop
{
    private const string DevReports = "tests/RumourBot.Tests/Reports/RealReports/Dev";

    private const double DefaultWarmUpSeconds = 30;

    public static int Run(double seconds, string folder, double warmUpSeconds = DefaultWarmUpSeconds)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"No folder {folder}: run from the repository's root, or name a folder of report files.");
            return 1;
        }
        var reports = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(ReportFileReader.Read).ToArray();
        if (reports.Length == 0)
        {
            Console.Error.WriteLine($"No report files (*.txt) in {folder}.");
            return 1;
        }
        // Warm up: JIT tiers, lazy tables, split patterns. At least one whole pass, however short the warm-up asked for.
        var warmUp = Stopwatch.StartNew();
        do
        {
            foreach (var report in reports) ReportAnalyzer.Default.Analyze(report);
        }
        while (warmUp.Elapsed.TotalSeconds < warmUpSeconds);
        warmUp.Stop();

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        long analysed = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            foreach (var report in reports) ReportAnalyzer.Default.Analyze(report);
            analysed += reports.Length;
        }
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{reports.Length} reports from {folder}, after {warmUp.Elapsed.TotalSeconds:F0} s of warm-up: {analysed / wall:F0} reports/s ({analysed} analyses in {wall:F1} s, {cpu / wall:F2} cores busy), {allocated / 1024.0 / analysed:F0} KB allocated per report"));
        return 0;
    }

    public static int Run(string[] args)
    {
        var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 15;
        var warmUpSeconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : DefaultWarmUpSeconds;
        return Run(seconds, args.Length > 1 ? args[1] : DevReports, warmUpSeconds);
    }
}
