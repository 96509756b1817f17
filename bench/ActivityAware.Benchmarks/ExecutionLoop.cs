using System.Diagnostics;
using System.Globalization;

namespace ActivityAware.Benchmarks;

/// <summary>
/// <c>--exec-loop duplicate|alert N</c>: N executions of one path in a steady-state loop, for a profiler (perf) rather than for timing;
/// the same records and workflows as <see cref="ExecutionBenchmarks"/>. After a warm-up of a quarter of the batches it prints the wall
/// time, this thread's CPU time and its allocations per execution (CPU time varies less on a shared machine; every execution runs on
/// this thread; allocations do not vary at all) as a rough guide, with <c>--allocations</c> the types that allocate most, and on stderr when the loop starts and ends on CLOCK_MONOTONIC, for <c>perf record -k CLOCK_MONOTONIC</c> and <c>perf report --time</c>.
/// </summary>
public static class ExecutionLoop
{
    public static async Task<int> RunAsync(string path, int executions, bool allocations)
    {
        var bench = new ExecutionBenchmarks();
        bench.Setup();
        var alertPath = path switch
        {
            "duplicate" => false,
            "alert" => true,
            _ => throw new ArgumentException($"--exec-loop takes duplicate or alert, not '{path}'"),
        };
        var batches = Math.Max(2, executions / ExecutionBenchmarks.Batch);
        var warmUp = batches / 4;
        var wall = new Stopwatch();
        var cpu = TimeSpan.Zero;
        long allocated = 0;
        // One workflow serves every duplicate batch (the record stays within its window); alerts need an empty dedupe store per batch.
        if (!alertPath) bench.FreshForDuplicates();
        using var sampler = allocations ? new AllocationSampler() : null;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loop start (CLOCK_MONOTONIC s): {Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency:F6}"));
        for (var i = 0; i < batches; i++)
        {
            if (alertPath) bench.FreshForAlerts();
            var measured = i >= warmUp;
            if (sampler is not null) sampler.Sampling = measured;
            var cpuBefore = ThreadCpuClock.Now();
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            if (measured) wall.Start();
            _ = alertPath ? await bench.AlertPath() : await bench.DuplicatePath();
            wall.Stop();
            if (sampler is not null) sampler.Sampling = false;
            if (measured) cpu += ThreadCpuClock.Now() - cpuBefore;
            if (measured) allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        }
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loop end (CLOCK_MONOTONIC s): {Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency:F6}"));
        bench.Cleanup();
        sampler?.WriteTop(Console.Out, 25, (batches - warmUp) * ExecutionBenchmarks.Batch);
        var count = (batches - warmUp) * ExecutionBenchmarks.Batch;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}: {count} executions measured, {wall.Elapsed.TotalMicroseconds / count:F1} µs wall, {cpu.TotalMicroseconds / count:F1} µs CPU, {allocated / count} B allocated each"));
        return 0;
    }
}
