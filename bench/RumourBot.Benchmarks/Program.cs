using BenchmarkDotNet.Running;
using RumourBot.Benchmarks.Load;

// "load" runs the load harness, "gateway-client" our gateway client against a given gateway (docs/performance.md),
// "charts <folder>" writes the sample charts README shows; anything else goes to BenchmarkDotNet.
if (args is ["load", ..])
{
    return await LoadHarness.RunAsync(args[1..]);
}
if (args is ["gateway-client", var url, var count])
{
    return await GatewayClientRun.RunAsync(url, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
}
if (args is ["charts", ..])
{
    return RumourBot.Benchmarks.Charts.ChartSamples.Write(args.Length > 1 ? args[1] : "docs");
}
BenchmarkSwitcher.FromAssembly(typeof(RumourBot.Benchmarks.AnalysisBenchmarks).Assembly).Run(args);
return 0;
