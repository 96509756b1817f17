using ActivityAware.Benchmarks;
using BenchmarkDotNet.Running;

// Short run: dotnet run -c Release --project bench/ActivityAware.Benchmarks -- --job short --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(RulePackBenchmarks).Assembly).Run(args);
