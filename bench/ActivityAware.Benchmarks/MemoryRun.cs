using System.Diagnostics;
using System.IO.Compression;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Pushdown;

namespace ActivityAware.Benchmarks;

/// <summary>
/// <c>--memory-run N</c>: pushes N generated events through the prefilter pipeline (ii) in files of 10,000 records, for
/// peak-memory measurement with <c>/usr/bin/time -v</c>. One file is generated up front and replayed, so the generator's
/// own memory does not count.
/// </summary>
public static class MemoryRun
{
    private const int RecordsPerFile = 10_000;

    public static int Run(long events)
    {
        var engine = new RuleEngine(RulePack.LoadDefault());
        var pipeline = new PrefilterPipeline(engine, PushdownPatternGenerator.Generate(engine.Pack));
        var file = CloudTrailRecordGenerator.GzippedLogFile(RecordsPerFile);
        var total = new PipelineCounts();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();
        for (long done = 0; done < events; done += RecordsPerFile)
        {
            using var input = new GZipStream(new MemoryStream(file), CompressionMode.Decompress);
            var counts = pipeline.Run(input);
            total.Records += counts.Records;
            total.Normalized += counts.Normalized;
            total.Matches += counts.Matches;
        }
        watch.Stop();
        Console.WriteLine($"{total} seconds={watch.Elapsed.TotalSeconds:F1} records/s={total.Records / watch.Elapsed.TotalSeconds:F0} " +
                          $"allocated/record={(GC.GetTotalAllocatedBytes() - allocatedBefore) / Math.Max(1, total.Records)}B " +
                          $"peakWorkingSet={Process.GetCurrentProcess().PeakWorkingSet64 / 1048576}MiB");
        return 0;
    }
}
