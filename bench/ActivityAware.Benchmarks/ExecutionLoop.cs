using System.Diagnostics;
using System.Globalization;

namespace ActivityAware.Benchmarks;

/// <summary>
/// <c>--exec-loop duplicate|alert N</c>: N executions of one path in a steady-state loop, for a profiler (perf) rather than for timing;
/// the same records and workflows as <see cref="ExecutionBenchmarks"/>. After a warm-up of a quarter of the batches it prints the wall
/// time and the process's CPU time per execution (CPU time varies less on a shared machine) as a rough guide.
/// </summary>
public static class ExecutionLoop
{
    public static async Task<int> RunAsync(string path, int executions)
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
        // One workflow serves every duplicate batch (the record stays within its window); alerts need an empty dedupe store per batch.
        if (!alertPath) bench.FreshForDuplicates();
        for (var i = 0; i < batches; i++)
        {
            if (alertPath) bench.FreshForAlerts();
            var measured = i >= warmUp;
            var cpuBefore = Environment.CpuUsage.TotalTime;
            if (measured) wall.Start();
            _ = alertPath ? await bench.AlertPath() : await bench.DuplicatePath();
            wall.Stop();
            if (measured) cpu += Environment.CpuUsage.TotalTime - cpuBefore;
        }
        bench.Cleanup();
        var count = (batches - warmUp) * ExecutionBenchmarks.Batch;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}: {count} executions measured, {wall.Elapsed.TotalMicroseconds / count:F1} µs wall, {cpu.TotalMicroseconds / count:F1} µs CPU each"));
        return 0;
    }
}
