using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using RumourBot.Reports;

namespace RumourBot.Benchmarks;

/// <summary>
/// <c>analysis-ab BASE_FOLDER [analyses] [rounds] [reports folder]</c>: this build's analysis against another build's (a
/// folder holding its RumourBot.dll), alternating in one process and timed by CPU time. Without a reports folder each
/// analysis is of the founding article; with one, the analyses go round the folder's report files, one report each, so
/// a round of as many analyses as it holds reports weighs each once. This machine's own speed drifts by two times over
/// minutes, so two versions are compared side by side, never against an old figure.
/// </summary>
public static class AnalysisSideBySide
{
    public static int Run(string baseFolder, int analyses, int rounds, string? reportsFolder = null)
    {
        string[] paths = reportsFolder is null
            ? [Path.Combine(AppContext.BaseDirectory, "seeds", "trent-real-madrid-approach.txt")]
            : [.. Directory.GetFiles(reportsFolder, "*.txt").Order(StringComparer.Ordinal)];
        var ours = paths.Select(ReportFileReader.Read).ToArray();
        var next = 0;
        Func<object?> analyseOurs = () => ReportAnalyzer.Default.Analyze(ours[next++ % ours.Length]);
        var analyseBase = BaseAnalysis(Path.GetFullPath(baseFolder), paths);

        analyseOurs();
        analyseBase();
        var ourTimes = new List<double>();
        var baseTimes = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            ourTimes.Add(MicrosecondsEach(analyseOurs, analyses));
            baseTimes.Add(MicrosecondsEach(analyseBase, analyses));
        }
        var (mine, theirs) = (Median(ourTimes), Median(baseTimes));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"this build {mine:F1} µs, base {theirs:F1} µs (medians of {rounds} rounds of {analyses}); ratio {mine / theirs:F3}"));
        return 0;
    }

    // The base build's RumourBot.dll has the same name as ours, so it needs a load context of its own.
    private static Func<object?> BaseAnalysis(string folder, string[] paths)
    {
        var context = new AssemblyLoadContext("base");
        context.Resolving += (loader, name) =>
            File.Exists(Path.Combine(folder, name.Name + ".dll")) ? loader.LoadFromAssemblyPath(Path.Combine(folder, name.Name + ".dll")) : null;
        var assembly = context.LoadFromAssemblyPath(Path.Combine(folder, "RumourBot.dll"));
        var analyzerType = assembly.GetType("RumourBot.Reports.ReportAnalyzer", throwOnError: true)!;
        var analyzer = analyzerType.GetProperty("Default")!.GetValue(null)!;
        var analyze = analyzerType.GetMethod("Analyze")!;
        var read = assembly.GetType("RumourBot.Reports.ReportFileReader", throwOnError: true)!.GetMethod("Read")!;
        var reports = paths.Select(path => read.Invoke(null, [path])).ToArray();
        var next = 0;
        return () => analyze.Invoke(analyzer, BindingFlags.Default, null, [reports[next++ % reports.Length]], null);
    }

    private static double MicrosecondsEach(Func<object?> analyse, int count)
    {
        var start = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < count; i++) analyse();
        return (Process.GetCurrentProcess().TotalProcessorTime - start).TotalMicroseconds / count;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
