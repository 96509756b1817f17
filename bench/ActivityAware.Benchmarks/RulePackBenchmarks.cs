using System.IO.Compression;
using System.Text.Json;
using ActivityAware.Core.Rules;
using BenchmarkDotNet.Attributes;

namespace ActivityAware.Benchmarks;

/// <summary>One operation = one gzipped log file of <see cref="Records"/> records; records/s = Records / mean time.</summary>
[MemoryDiagnoser]
public class RulePackBenchmarks
{
    public const int Records = 10_000;
    private byte[] _gzipped = [];
    private RuleEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _gzipped = CloudTrailRecordGenerator.GzippedLogFile(Records);
        _engine = new RuleEngine(RulePack.LoadDefault());
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

    [Benchmark(Description = "JsonDocument parse + full default pack per record")]
    public int ParseAndEvaluate()
    {
        var bytes = Gunzip();
        using var document = JsonDocument.Parse(bytes);
        var matches = 0;
        foreach (var record in document.RootElement.GetProperty("Records"u8).EnumerateArray())
            matches += _engine.Evaluate(record).Count;
        return matches;
    }

    private ReadOnlyMemory<byte> Gunzip()
    {
        using var input = new GZipStream(new MemoryStream(_gzipped), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.GetBuffer().AsMemory(0, (int)output.Length);
    }
}
