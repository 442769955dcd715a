using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(RumourBot.Benchmarks.AnalysisBenchmarks).Assembly).Run(args);
