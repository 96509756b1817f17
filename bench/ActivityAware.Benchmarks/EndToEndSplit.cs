using System.Globalization;
using System.IO.Compression;
using ActivityAware.Benchmarks.Traffic;
using ActivityAware.Core.CloudTrail.Reading;

namespace ActivityAware.Benchmarks;

/// <summary>
/// <c>--end-to-end-split ROUNDS [mix]</c>: where the end-to-end replay of <see cref="AcceptanceBenchmarks"/>' file goes, in this thread's
/// CPU time (fastest of ROUNDS, each with a new workflow): the reader screening every record with the pushdown, then the executions of
/// the candidates it kept, and the Utf8JsonReader walk for scale. CPU time, not wall time: it moves less when the machine is shared.
/// </summary>
public static class EndToEndSplit
{
    public static async Task<int> RunAsync(int rounds, TrafficMix mix)
    {
        var gzipped = CloudTrailRecordGenerator.GzippedLogFile(AcceptanceBenchmarks.Records, mix);
        var deadLetters = Path.Combine(Path.GetTempPath(), $"aa-bench-split-dead-letters-{Environment.ProcessId}.jsonl");
        var walk = new AcceptanceBenchmarks { Mix = mix };
        walk.Setup();
        double walkMs = double.MaxValue, screenMs = double.MaxValue, executionsMs = double.MaxValue;
        int candidates = 0, alerts = 0;
        for (var round = 0; round < rounds; round++)
        {
            var replay = BenchWorkflow.New(deadLetters);
            var kept = new List<RawRecord>();
            var start = ThreadCpuClock.Now();
            walk.ReaderWalk();
            var walked = ThreadCpuClock.Now();
            await using (var input = new GZipStream(new MemoryStream(gzipped), CompressionMode.Decompress))
                await foreach (var item in new CloudTrailStreamReader(new CloudTrailReaderOptions { Screen = replay }).ReadAsync(input, "bench.json.gz"))
                    if (item.Record is { } record) kept.Add(record);
            var screened = ThreadCpuClock.Now();
            alerts = 0;
            foreach (var record in kept)
                alerts += (await replay.ProcessAsync(record, CancellationToken.None)).Alerts.Count;
            var executed = ThreadCpuClock.Now();
            candidates = kept.Count;
            walkMs = Math.Min(walkMs, (walked - start).TotalMilliseconds);
            screenMs = Math.Min(screenMs, (screened - walked).TotalMilliseconds);
            executionsMs = Math.Min(executionsMs, (executed - screened).TotalMilliseconds);
        }
        File.Delete(deadLetters);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mix={mix} records={AcceptanceBenchmarks.Records} candidates={candidates} alerts={alerts}; fastest of {rounds}, thread CPU: walk {walkMs:F1} ms, " +
            $"reader + pushdown screen {screenMs:F1} ms, executions {executionsMs:F1} ms ({executionsMs * 1000 / Math.Max(1, candidates):F0} µs each); " +
            $"end to end {(screenMs + executionsMs) / walkMs:F2}x the walk"));
        return 0;
    }
}
