using System.IO.Compression;
using System.Text.Json;
using ActivityAware.Benchmarks.Traffic;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Projection;
using ActivityAware.Core.Rules.Pushdown;
using BenchmarkDotNet.Attributes;

namespace ActivityAware.Benchmarks;

/// <summary>
/// The prefilter's stages over records already split and in memory (no gunzip, no stream reader), so each stage's cost
/// per record shows: one operation = every record of <see cref="RulePackBenchmarks.Records"/> generated ones (or the matched ones).
/// </summary>
[MemoryDiagnoser]
public class PrefilterStageBenchmarks
{
    private byte[][] _records = [];
    private byte[][] _matched = [];
    private RecordPrefilter _prefilter = null!;
    private PushdownPrefilter _pushdown = null!;
    private readonly EventNormalizer _normalizer = new();

    [Params(TrafficMix.Production, TrafficMix.WriteHeavy)]
    public TrafficMix Mix { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var input = new GZipStream(new MemoryStream(CloudTrailRecordGenerator.GzippedLogFile(RulePackBenchmarks.Records, Mix)), CompressionMode.Decompress);
        using var document = JsonDocument.Parse(input);
        _records = document.RootElement.GetProperty("Records"u8).EnumerateArray().Select(r => JsonSerializer.SerializeToUtf8Bytes(r)).ToArray();
        var engine = new RuleEngine(RulePack.LoadDefault());
        var pattern = PushdownPatternGenerator.Generate(engine.Pack);
        _prefilter = new RecordPrefilter(engine, pattern);
        _pushdown = new PushdownPrefilter(pattern);
        _matched = _records.Where(r => _prefilter.Evaluate(r) is { PushdownMatched: true, HasMatches: true }).ToArray();
    }

    [Benchmark(Baseline = true, Description = "Utf8JsonReader walk of each record")]
    public int Walk()
    {
        var tokens = 0;
        foreach (var record in _records)
        {
            var reader = new Utf8JsonReader(record);
            while (reader.Read()) tokens++;
        }
        return tokens;
    }

    [Benchmark(Description = "PushdownPrefilter.PushdownMatches, every record")]
    public int Pushdown()
    {
        var passed = 0;
        foreach (var record in _records) passed += _pushdown.PushdownMatches(record) ? 1 : 0;
        return passed;
    }

    [Benchmark(Description = "RecordPrefilter.Evaluate, every record")]
    public int Evaluate()
    {
        var matches = 0;
        foreach (var record in _records) matches += _prefilter.Evaluate(record).Matches.Count;
        return matches;
    }

    [Benchmark(Description = "RecordPrefilter.Evaluate, matched records only")]
    public int EvaluateMatched()
    {
        var matches = 0;
        foreach (var record in _matched) matches += _prefilter.Evaluate(record).Matches.Count;
        return matches;
    }

    [Benchmark(Description = "JsonDocument.Parse + Normalize, matched records only")]
    public int NormalizeMatched()
    {
        var normalized = 0;
        foreach (var record in _matched)
        {
            using var document = JsonDocument.Parse(record);
            normalized += _normalizer.Normalize(document.RootElement).EventName.Length > 0 ? 1 : 0;
        }
        return normalized;
    }
}
