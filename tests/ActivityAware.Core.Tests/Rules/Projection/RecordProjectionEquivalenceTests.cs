using System.IO.Compression;
using System.Text;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Rules.Projection;
using ActivityAware.Testing;

namespace ActivityAware.Core.Tests.Rules.Projection;

public sealed class RecordProjectionEquivalenceTests
{
    private readonly RecordPrefilter _prefilter = new(new(ProjectionEquivalence.Pack, includeThresholdRules: true), ProjectionEquivalence.Pushdown);
    private readonly PushdownPrefilter _pushdown = new(ProjectionEquivalence.Pushdown);

    public static IEnumerable<string> ExampleRecords() =>
        ProjectionEquivalence.Pack.Rules.SelectMany(r => r.Examples).Select(e => e.RecordJson);

    [Fact]
    public void Project_EveryDefaultPackExample_DecidesAsTheFullRecord()
    {
        var examples = ProjectionEquivalence.Pack.Rules.SelectMany(r => r.Examples.Select(e => (r.Id, e))).ToList();
        Assert.True(examples.Count(x => x.e.ShouldMatch) > 20 && examples.Any(x => !x.e.ShouldMatch));
        var differences = examples.SelectMany(x =>
            ProjectionEquivalence.Differences($"{x.Id}:{x.e.Position.Line}", Encoding.UTF8.GetBytes(x.e.RecordJson), _prefilter, _pushdown));
        Assert.Empty(differences);
    }

    [Fact]
    public void Evaluate_EveryPositiveExample_MatchesItsRuleAndPassesThePushdown()
    {
        var misses = ProjectionEquivalence.Pack.Rules
            .SelectMany(r => r.Examples.Where(e => e.ShouldMatch).Select(e => (r.Id, e)))
            .Where(x =>
            {
                var result = _prefilter.Evaluate(Encoding.UTF8.GetBytes(x.e.RecordJson));
                return !result.PushdownMatched || result.Matches.All(m => m.RuleId != x.Id);
            })
            .Select(x => $"{x.Id}:{x.e.Position.Line}");
        Assert.Empty(misses);
    }

    [Fact]
    public async Task Project_EverySampleLogRecord_DecidesAsTheFullRecord()
    {
        var files = Directory.GetFiles(RepositoryRoot.Combine("samples", "logs"), "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("Digest", StringComparison.Ordinal) && (f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".jsonl", StringComparison.Ordinal) || f.EndsWith(".gz", StringComparison.Ordinal)));
        var records = 0;
        var differences = new List<string>();
        foreach (var file in files)
        {
            await using var stream = file.EndsWith(".gz", StringComparison.Ordinal)
                ? new GZipStream(File.OpenRead(file), CompressionMode.Decompress)
                : (Stream)File.OpenRead(file);
            await foreach (var item in new CloudTrailStreamReader().ReadAsync(stream, file))
            {
                if (item.Record is not { } record) continue;
                records++;
                differences.AddRange(ProjectionEquivalence.Differences($"{Path.GetFileName(file)}#{records}", record.Json.ToArray(), _prefilter, _pushdown));
            }
        }
        Assert.True(records >= 20, $"only {records} sample records were read");
        Assert.Empty(differences);
    }

    [Fact]
    public void Project_RandomVariationsOfEveryExample_DecidesAsTheFullRecord()
    {
        var mutator = new RecordMutator(seed: 20261128);
        var differences = new List<string>();
        var variations = 0;
        foreach (var example in ExampleRecords())
        {
            for (var i = 0; i < 40; i++, variations++)
            {
                var record = mutator.Mutate(example);
                differences.AddRange(ProjectionEquivalence.Differences(record, Encoding.UTF8.GetBytes(record), _prefilter, _pushdown));
            }
        }
        Assert.True(variations > 1000);
        Assert.Empty(differences.Take(5));
    }
}
