using System.IO.Compression;
using System.Text.Json;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Rules;
using ActivityAware.Local.Workflow;
using BenchmarkDotNet.Attributes;

namespace ActivityAware.Benchmarks;

/// <summary>
/// End to end, single-threaded: the replay path (streaming reader, EventBridge envelope, pushdown filter, and the state machine in
/// the interpreter with the real step handlers for each candidate) against a plain reader walk of the same gzipped log file.
/// </summary>
[MemoryDiagnoser]
public class ReplayBenchmarks
{
    private byte[] _gzipped = [];
    private WorkflowReplayPipeline _pipeline = null!;
    private readonly string _deadLetters = Path.Combine(Path.GetTempPath(), $"aa-bench-dead-letters-{Environment.ProcessId}.jsonl");

    [GlobalSetup]
    public void Setup() => _gzipped = CloudTrailRecordGenerator.GzippedLogFile(RulePackBenchmarks.Records);

    /// <summary>A fresh workflow per iteration, so the dedupe store starts empty as in a new replay.</summary>
    [IterationSetup]
    public void NewPipeline() => _pipeline = LocalWorkflow.Create(new LocalWorkflowOptions
    {
        Rules = RulePack.LoadDefault(),
        DeadLetterPath = _deadLetters,
        Diagnostics = TextWriter.Null,
    });

    [Benchmark(Baseline = true, Description = "Utf8JsonReader walk of the gunzipped stream")]
    public int ReaderWalk()
    {
        using var input = new GZipStream(new MemoryStream(_gzipped), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        input.CopyTo(bytes);
        var reader = new Utf8JsonReader(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
        var tokens = 0;
        while (reader.Read()) tokens++;
        return tokens;
    }

    [Benchmark(Description = "replay: reader + pushdown + state machine for candidates")]
    public async Task<int> EndToEndReplay()
    {
        using var input = new GZipStream(new MemoryStream(_gzipped), CompressionMode.Decompress);
        var alerts = 0;
        await foreach (var item in new CloudTrailStreamReader().ReadAsync(input, "bench.json.gz"))
        {
            if (item.Record is { } record)
                alerts += (await _pipeline.ProcessAsync(record.Json, record.Location, CancellationToken.None)).Alerts.Count;
        }
        return alerts;
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_deadLetters);
}
