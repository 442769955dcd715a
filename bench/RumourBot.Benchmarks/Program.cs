using BenchmarkDotNet.Running;
using RumourBot.Benchmarks.Load;

// "load" runs the load harness (docs/performance.md); "charts <folder>" writes the sample charts README shows;
// anything else goes to BenchmarkDotNet.
if (args is ["load", ..])
{
    return await LoadHarness.RunAsync(args[1..]);
}
if (args is ["charts", ..])
{
    return RumourBot.Benchmarks.Charts.ChartSamples.Write(args.Length > 1 ? args[1] : "docs");
}
BenchmarkSwitcher.FromAssembly(typeof(RumourBot.Benchmarks.AnalysisBenchmarks).Assembly).Run(args);
return 0;
