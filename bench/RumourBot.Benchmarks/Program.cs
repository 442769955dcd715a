using BenchmarkDotNet.Running;
using RumourBot.Benchmarks.Load;

// "load" runs the load harness (docs/performance.md); anything else goes to BenchmarkDotNet.
if (args is ["load", ..])
{
    return await LoadHarness.RunAsync(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(RumourBot.Benchmarks.AnalysisBenchmarks).Assembly).Run(args);
return 0;
