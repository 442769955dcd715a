using BenchmarkDotNet.Running;
using RumourBot.Benchmarks.Load;

// "load" runs the load harness, "gateway-client" our gateway client against a given gateway (docs/performance.md),
// "charts <folder>" writes the sample charts README shows, "analysis-ab <base build folder> [analyses] [rounds] [reports
// folder]" compares this build's analysis with another build's side by side, "analysis-loop [seconds] [folder] [warm-up
// seconds]" prints reports/s over the real Dev reports; anything else goes to BenchmarkDotNet.
if (args is ["load", ..])
{
    return await LoadHarness.RunAsync(args[1..]);
}
if (args is ["gateway-client", var url, var count])
{
    return await GatewayClientRun.RunAsync(url, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
}
if (args is ["analysis-ab", var baseFolder, ..])
{
    var numbers = args[2..Math.Min(args.Length, 4)].Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    return RumourBot.Benchmarks.AnalysisSideBySide.Run(baseFolder, numbers.ElementAtOrDefault(0) is > 0 and var n ? n : 300,
        numbers.ElementAtOrDefault(1) is > 0 and var r ? r : 15, args.ElementAtOrDefault(4));
}
if (args is ["analysis-loop", ..])
{
    return RumourBot.Benchmarks.AnalysisLoop.Run(args[1..]);
}
if (args is ["charts", ..])
{
    return RumourBot.Benchmarks.Charts.ChartSamples.Write(args.Length > 1 ? args[1] : "docs");
}
BenchmarkSwitcher.FromAssembly(typeof(RumourBot.Benchmarks.AnalysisBenchmarks).Assembly).Run(args);
return 0;
