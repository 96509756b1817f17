using System.IO.Compression;
using System.Text.Json;
using ActivityAware.Benchmarks.Traffic;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Pushdown;
using BenchmarkDotNet.Attributes;

namespace ActivityAware.Benchmarks;

/// <summary>
/// Where the time of <see cref="AcceptanceBenchmarks"/> goes: parse strategies, the reader alone, the pushdown check, and the
/// old way without projection. One operation = one gzipped log file of <see cref="Records"/> records.
/// </summary>
[MemoryDiagnoser]
public class RulePackBenchmarks
{
    public const int Records = AcceptanceBenchmarks.Records;
    private byte[] _gzipped = [];
    private byte[] _buffer = [];
    private RuleEngine _engine = null!;
    private PrefilterPipeline _pipeline = null!;

    [Params(TrafficMix.Production, TrafficMix.WriteHeavy)]
    public TrafficMix Mix { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _gzipped = CloudTrailRecordGenerator.GzippedLogFile(Records, Mix);
        using var input = new GZipStream(new MemoryStream(_gzipped), CompressionMode.Decompress);
        using var measure = new MemoryStream();
        input.CopyTo(measure);
        _buffer = new byte[measure.Length];
        _engine = new RuleEngine(RulePack.LoadDefault());
        _pipeline = new PrefilterPipeline(_engine, PushdownPatternGenerator.Generate(_engine.Pack));
    }

    [Benchmark(Baseline = true, Description = "Utf8JsonReader walk of the gunzipped bytes")]
    public int ReaderWalk()
    {
        var bytes = Gunzip();
        var reader = new Utf8JsonReader(bytes.Span);
        var tokens = 0;
        while (reader.Read()) tokens++;
        return tokens;
    }

    [Benchmark(Description = "JsonDocument parse only")]
    public int ParseOnly()
    {
        var bytes = Gunzip();
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.GetProperty("Records"u8).GetArrayLength();
    }

    /// <summary>What the pipeline does: each record parsed on its own (while hot in cache) and evaluated at once.</summary>
    [Benchmark(Description = "JsonDocument per record (ParseValue) + full default pack")]
    public int PerRecordParseAndEvaluate()
    {
        var bytes = Gunzip();
        var reader = new Utf8JsonReader(bytes.Span);
        var matches = 0;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.StartObject || reader.CurrentDepth != 2) continue;
            using var document = JsonDocument.ParseValue(ref reader);
            matches += _engine.Evaluate(document.RootElement).Count;
        }
        return matches;
    }

    [Benchmark(Description = "One JsonDocument for the file + full default pack per record")]
    public int ParseAndEvaluate()
    {
        var bytes = Gunzip();
        using var document = JsonDocument.Parse(bytes);
        var matches = 0;
        foreach (var record in document.RootElement.GetProperty("Records"u8).EnumerateArray())
            matches += _engine.Evaluate(record).Count;
        return matches;
    }

    [Benchmark(Description = "CloudTrailStreamReader alone (gunzip + records)")]
    public long StreamReaderOnly() => _pipeline.ReadOnly(GunzipStream());

    [Benchmark(Description = "(iii) old way: stream reader + JsonDocument + envelope + full pack + normalize matched")]
    public long NormalizeAndPackOldWay() => _pipeline.RunOldWay(GunzipStream()).Matches;

    [Benchmark(Description = "Replay pushdown check: stream reader + PushdownPrefilter")]
    public int PushdownWithPrefilter() => _pipeline.PushdownOnly(GunzipStream(), oldWay: false);

    [Benchmark(Description = "Replay pushdown check, old way: stream reader + Wrap + JsonDocument")]
    public int PushdownOldWay() => _pipeline.PushdownOnly(GunzipStream(), oldWay: true);

    private GZipStream GunzipStream() => new(new MemoryStream(_gzipped), CompressionMode.Decompress);

    /// <summary>Decompresses into a buffer reused across operations, as a reader of many files would.</summary>
    private ReadOnlyMemory<byte> Gunzip()
    {
        using var input = new GZipStream(new MemoryStream(_gzipped), CompressionMode.Decompress);
        var length = input.ReadAtLeast(_buffer, _buffer.Length, throwOnEndOfStream: true);
        return _buffer.AsMemory(0, length);
    }
}
