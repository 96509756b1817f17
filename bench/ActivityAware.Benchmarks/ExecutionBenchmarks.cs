using System.IO.Compression;
using System.Text.Json.Nodes;
using ActivityAware.Benchmarks.Traffic;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Local.Workflow;
using BenchmarkDotNet.Attributes;

namespace ActivityAware.Benchmarks;

/// <summary>
/// The cost of one execution of the workflow (pushdown check, envelope, state machine with the real handlers, outcome), per path:
/// the first candidates of the generated write-heavy 10,000-record file as the replay meets them, a duplicate (Normalize → Check duplicate → Succeed),
/// and a full alert (… Enrich → Choose destinations → Map → Send, dry run). One operation = one execution.
/// </summary>
// Min and median beside the mean: the machine is shared, and a busy neighbour only ever adds time.
[MemoryDiagnoser, MinColumn, MedianColumn]
public class ExecutionBenchmarks
{
    public const int Batch = 400;
    private const int CandidateBatch = 1000;
    private byte[][] _candidates = [];
    private byte[][] _alerts = [];
    private byte[] _duplicate = [];
    private WorkflowReplayPipeline _pipeline = null!;
    private readonly RecordLocation _location = new("bench.json.gz", 1, null, null);
    private readonly string _deadLetters = Path.Combine(Path.GetTempPath(), $"aa-bench-exec-dead-letters-{Environment.ProcessId}.jsonl");

    [GlobalSetup]
    public void Setup()
    {
        var probe = NewWorkflow();
        var candidates = new List<byte[]>();
        byte[]? alerting = null;
        foreach (var record in Records(CloudTrailRecordGenerator.GzippedLogFile(AcceptanceBenchmarks.Records, TrafficMix.WriteHeavy)))
        {
            var filtered = probe.Filtered;
            var outcome = probe.ProcessAsync(new RawRecord(record, _location), CancellationToken.None).AsTask().GetAwaiter().GetResult();
            if (probe.Filtered != filtered) continue;
            candidates.Add(record);
            if (outcome.Alerts.Count > 0) alerting ??= record;
        }
        _candidates = candidates.Count >= CandidateBatch
            ? candidates.Take(CandidateBatch).ToArray()
            : throw new InvalidOperationException($"the generated file has {candidates.Count} candidates; the benchmark runs {CandidateBatch}");
        var alert = alerting ?? throw new InvalidOperationException("no generated record raises an alert");
        // Event times an hour apart: each copy is outside the previous one's dedupe and burst windows, so each one alerts.
        _alerts = Enumerable.Range(0, Batch).Select(i => WithEventTime(alert, new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i))).ToArray();
        _duplicate = alert;
        Console.WriteLine($"// candidates: {_candidates.Length} of {AcceptanceBenchmarks.Records}");
    }

    [IterationSetup(Target = nameof(Candidates))]
    public void FreshForCandidates() => _pipeline = NewWorkflow();

    [IterationSetup(Target = nameof(AlertPath))]
    public void FreshForAlerts() => _pipeline = NewWorkflow();

    /// <summary>The first run of the record alerts; every later run within the window is a duplicate.</summary>
    [IterationSetup(Target = nameof(DuplicatePath))]
    public void FreshForDuplicates()
    {
        _pipeline = NewWorkflow();
        _pipeline.ProcessAsync(new RawRecord(_duplicate, _location), CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "one execution: the file's first candidates (mixed paths)", OperationsPerInvoke = CandidateBatch)]
    public async Task<int> Candidates() => await Run(_candidates);

    [Benchmark(Description = "one execution: duplicate path", OperationsPerInvoke = Batch)]
    public async Task<int> DuplicatePath() => await Run(Enumerable.Repeat(_duplicate, Batch));

    [Benchmark(Description = "one execution: alert path (dry-run console destination)", OperationsPerInvoke = Batch)]
    public async Task<int> AlertPath() => await Run(_alerts);

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_deadLetters);

    private async Task<int> Run(IEnumerable<byte[]> records)
    {
        var alerts = 0;
        foreach (var record in records)
            alerts += (await _pipeline.ProcessAsync(new RawRecord(record, _location), CancellationToken.None)).Alerts.Count;
        return alerts;
    }

    private WorkflowReplayPipeline NewWorkflow() => BenchWorkflow.New(_deadLetters);

    private static byte[] WithEventTime(byte[] record, DateTimeOffset time)
    {
        var json = JsonNode.Parse(record)!.AsObject();
        json["eventTime"] = time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return System.Text.Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    private static IEnumerable<byte[]> Records(byte[] gzipped)
    {
        using var input = new GZipStream(new MemoryStream(gzipped), CompressionMode.Decompress);
        var items = new CloudTrailStreamReader().ReadAsync(input, "bench.json.gz").GetAsyncEnumerator();
        var records = new List<byte[]>();
        while (items.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            if (items.Current.Record is { } record) records.Add(record.Json.ToArray());
        return records;
    }
}
