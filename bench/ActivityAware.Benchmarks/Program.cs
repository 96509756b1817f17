using System.Globalization;
using ActivityAware.Benchmarks;
using ActivityAware.Benchmarks.Traffic;
using BenchmarkDotNet.Running;

// Issue 4's figures:  dotnet run -c Release --project bench/ActivityAware.Benchmarks -- --job short --filter '*Acceptance*'
// Peak memory:        /usr/bin/time -v dotnet bench/ActivityAware.Benchmarks/bin/Release/net10.0/ActivityAware.Benchmarks.dll --memory-run 1000000
// Profiling:         perf record … ActivityAware.Benchmarks.dll --exec-loop duplicate|alert 20000 [--allocations]
// End to end, split:  ... ActivityAware.Benchmarks.dll --end-to-end-split 20 [production|writeheavy]   (thread CPU: screen vs executions)
// Input for the CLI:  ... ActivityAware.Benchmarks.dll --write-logs /tmp/aa-1m 1000000   (then: activity-aware replay /tmp/aa-1m)
static TrafficMix MixArgument(string[] args, int index) =>
    args.Length > index ? Enum.Parse<TrafficMix>(args[index], ignoreCase: true) : TrafficMix.Production;

return args switch
{
    ["--memory-run", var count, ..] => await MemoryRun.RunAsync(long.Parse(count, CultureInfo.InvariantCulture), MixArgument(args, 2)),
    ["--exec-loop", var path, var count, ..] => await ExecutionLoop.RunAsync(path, int.Parse(count, CultureInfo.InvariantCulture), args.Contains("--allocations")),
    ["--end-to-end-split", var rounds, ..] => await EndToEndSplit.RunAsync(int.Parse(rounds, CultureInfo.InvariantCulture), MixArgument(args, 2)),
    ["--write-logs", var directory, var count, ..] => LogFolderWriter.Write(directory, long.Parse(count, CultureInfo.InvariantCulture), MixArgument(args, 3)),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(AcceptanceBenchmarks).Assembly).Run(args);
    return 0;
}
