using System.IO.Compression;
using System.Text.Json;
using ActivityAware.Benchmarks.Traffic;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Pushdown;
using ActivityAware.Local.Workflow;
using BenchmarkDotNet.Attributes;

namespace ActivityAware.Benchmarks;

/// <summary>
/// Issue 4's figures in one run, single-threaded, over the same gzipped log file of <see cref="Records"/> records: a plain
/// Utf8JsonReader walk (the baseline), normalize + the full default pack as replay does it, and the end-to-end replay
/// (reader, pushdown, and the state machine with the real step handlers for every candidate). records/s = Records / mean.
/// </summary>
[MemoryDiagnoser]
public class AcceptanceBenchmarks
{
    public const int Records = 10_000;
    private byte[] _gzipped = [];
    private byte[] _buffer = [];
    private PrefilterPipeline _normalizePipeline = null!;
    private WorkflowReplayPipeline _replay = null!;
    private readonly string _deadLetters = Path.Combine(Path.GetTempPath(), $"aa-bench-dead-letters-{Environment.ProcessId}.jsonl");

    [Params(TrafficMix.Production, TrafficMix.WriteHeavy)]
    public TrafficMix Mix { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _gzipped = CloudTrailRecordGenerator.GzippedLogFile(Records, Mix);
        using var input = Gunzip();
        using var measure = new MemoryStream();
        input.CopyTo(measure);
        _buffer = new byte[measure.Length];
        var engine = new RuleEngine(RulePack.LoadDefault());
        _normalizePipeline = new PrefilterPipeline(engine, PushdownPatternGenerator.Generate(engine.Pack));
    }

    /// <summary>A fresh workflow per iteration, so the dedupe store starts empty as in a new replay.</summary>
    [IterationSetup(Target = nameof(EndToEndReplay))]
    public void NewReplay() => _replay = BenchWorkflow.New(_deadLetters);

    /// <summary>Decompresses into a buffer reused across operations (as a reader of many files would), then reads every token.</summary>
    [Benchmark(Baseline = true, Description = "Utf8JsonReader walk of the gunzipped bytes")]
    public int ReaderWalk()
    {
        using var input = Gunzip();
        var length = input.ReadAtLeast(_buffer, _buffer.Length, throwOnEndOfStream: true);
        var reader = new Utf8JsonReader(_buffer.AsSpan(0, length));
        var tokens = 0;
        while (reader.Read()) tokens++;
        return tokens;
    }

    [Benchmark(Description = "normalize + full pack: stream reader screening with the prefilter, parse + normalize matched")]
    public long NormalizeAndPack() => _normalizePipeline.Run(Gunzip()).Matches;

    [Benchmark(Description = "end-to-end replay: stream reader screening with the pushdown, state machine for candidates")]
    public async Task<int> EndToEndReplay()
    {
        using var input = Gunzip();
        var alerts = 0;
        // The pipeline screens the log file's records in the reader's pass, as replay wires it.
        await foreach (var item in new CloudTrailStreamReader(new CloudTrailReaderOptions { Screen = _replay }).ReadAsync(input, "bench.json.gz"))
        {
            if (item.Record is { } record)
                alerts += (await _replay.ProcessAsync(record, CancellationToken.None)).Alerts.Count;
        }
        return alerts;
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_deadLetters);

    private GZipStream Gunzip() => new(new MemoryStream(_gzipped), CompressionMode.Decompress);
}
