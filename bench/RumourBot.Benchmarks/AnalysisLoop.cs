using System.Diagnostics;
using System.Globalization;
using RumourBot.Reports;

namespace RumourBot.Benchmarks;

/// <summary>
/// <c>analysis-loop [seconds] [folder]</c>: analyses every report file of a folder (by default the real Dev reports)
/// over and over on one thread, and prints reports per second with the bytes allocated per report. Issue 10's floor
/// (2,000 reports/s on one core) is read on this mix of real text, not on one article. The process's CPU time is
/// printed beside the wall time: above one core means the collector and the JIT worked on other cores meanwhile.
/// </summary>
public static class AnalysisLoop
{
    private const string DevReports = "tests/RumourBot.Tests/Reports/RealReports/Dev";

    public static int Run(double seconds, string folder)
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
        foreach (var report in reports) ReportAnalyzer.Default.Analyze(report); // warm up: JIT, lazy tables, split patterns

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
            $"{reports.Length} reports from {folder}: {analysed / wall:F0} reports/s ({analysed} analyses in {wall:F1} s, {cpu / wall:F2} cores busy), {allocated / 1024.0 / analysed:F0} KB allocated per report"));
        return 0;
    }

    public static int Run(string[] args)
    {
        var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 15;
        return Run(seconds, args.Length > 1 ? args[1] : DevReports);
    }
}
