using System.Diagnostics;
using System.IO.Compression;
using ActivityAware.Benchmarks.Traffic;
using ActivityAware.Core.CloudTrail.Reading;

namespace ActivityAware.Benchmarks;

/// <summary>
/// <c>--memory-run N [mix]</c>: the end-to-end replay of N generated events in one process, file after file as a replay of a
/// trail's folder would read them, for peak-memory measurement with <c>/usr/bin/time -v</c>. Each file is generated, streaming,
/// just before it is replayed, so the generator holds one compressed file at a time.
/// </summary>
public static class MemoryRun
{
    private const int RecordsPerFile = 5_000;

    public static async Task<int> RunAsync(long events, TrafficMix mix)
    {
        var deadLetters = Path.Combine(Path.GetTempPath(), $"aa-memory-run-{Environment.ProcessId}.jsonl");
        var replay = BenchWorkflow.New(deadLetters);
        long records = 0, alerts = 0;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();
        for (long first = 0; first < events; first += RecordsPerFile)
        {
            using var file = new MemoryStream();
            CloudTrailRecordGenerator.WriteLogFile(file, (int)Math.Min(RecordsPerFile, events - first), mix, seed: 42, firstIndex: first);
            file.Position = 0;
            await using var input = new GZipStream(file, CompressionMode.Decompress);
            await foreach (var item in new CloudTrailStreamReader(new CloudTrailReaderOptions { Screen = replay }).ReadAsync(input, $"generated-{first}.json.gz"))
            {
                records += item.ScreenedOut;
                if (item.ScreenedOut > 0) continue;
                if (item.Record is not { } record) throw new InvalidDataException(item.Failure!.ToString());
                records++;
                alerts += (await replay.ProcessAsync(record, CancellationToken.None)).Alerts.Count;
            }
        }
        watch.Stop();
        File.Delete(deadLetters);
        Console.WriteLine($"mix={mix} records={records} executions={replay.Executions} filtered={replay.Filtered} alerts={alerts} " +
                          $"seconds={watch.Elapsed.TotalSeconds:F1} (generation included) allocated/record={(GC.GetTotalAllocatedBytes() - allocatedBefore) / Math.Max(1, records)}B " +
                          $"peakWorkingSet={Process.GetCurrentProcess().PeakWorkingSet64 / 1048576}MiB");
        return 0;
    }
}
