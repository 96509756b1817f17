using System.Text;
using System.Text.Json;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Rules.Projection;
using ActivityAware.Core.Rules.Pushdown;

namespace ActivityAware.Core.Tests.Rules.Projection;

/// <summary>Pushdown shapes beyond the generated one: split (envelope part + detail part), detail only, top-level $or.</summary>
public sealed class PushdownPrefilterShapeTests
{
    [Theory]
    [InlineData("""{"source":[{"prefix":"aws.i"}],"detail":{"eventName":[{"prefix":"Create"},"StopLogging"]}}""")]
    [InlineData("""{"detail":{"userIdentity":{"type":["Root","IAMUser"]},"errorCode":[{"exists":false}]}}""")]
    [InlineData("""{"$or":[{"source":["aws.kms"]},{"detail":{"errorCode":[{"exists":true}]}}],"account":[{"anything-but":"000000000000"}]}""")]
    [InlineData("""{"detail-type":["AWS Console Sign In via CloudTrail"],"region":[{"exists":true}]}""")]
    public void PushdownMatches_ExamplesAndVariations_EqualsTheFullEnvelopeMatch(string patternJson)
    {
        var pattern = new EventBridgePattern(patternJson);
        var prefilter = new PushdownPrefilter(pattern);
        var mutator = new RecordMutator(seed: 7);
        var records = RecordProjectionEquivalenceTests.ExampleRecords().SelectMany(e => Enumerable.Range(0, 10).Select(i => i == 0 ? e : mutator.Mutate(e)));
        var (passed, differences) = (0, new List<string>());
        foreach (var record in records)
        {
            var bytes = Encoding.UTF8.GetBytes(record);
            using var envelope = JsonDocument.Parse(EventBridgeEnvelope.Wrap(bytes));
            var expected = pattern.Matches(envelope.RootElement);
            passed += expected ? 1 : 0;
            if (prefilter.PushdownMatches(bytes) != expected) differences.Add(record);
        }
        Assert.True(passed > 0, "no record passes the pattern; the test would prove nothing");
        Assert.Empty(differences);
    }
}
