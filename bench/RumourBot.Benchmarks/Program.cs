using BenchmarkDotNet.Running;
using RumourBot.Benchmarks.Load;

// "load" runs the load harness and "gateway-client" our gateway client against a given gateway
// (docs/performance.md); anything else goes to BenchmarkDotNet.
if (args is ["load", ..])
{
    return await LoadHarness.RunAsync(args[1..]);
}
if (args is ["gateway-client", var url, var count])
{
    return await GatewayClientRun.RunAsync(url, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
}
BenchmarkSwitcher.FromAssembly(typeof(RumourBot.Benchmarks.AnalysisBenchmarks).Assembly).Run(args);
return 0;
