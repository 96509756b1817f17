using ActivityAware.Benchmarks;
using BenchmarkDotNet.Running;

// Short run: dotnet run -c Release --project bench/ActivityAware.Benchmarks -- --job short --filter '*'
// Peak memory: /usr/bin/time -v dotnet run -c Release --project bench/ActivityAware.Benchmarks -- --memory-run 1000000
if (args is ["--memory-run", var count]) return MemoryRun.Run(long.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
BenchmarkSwitcher.FromAssembly(typeof(RulePackBenchmarks).Assembly).Run(args);
return 0;
