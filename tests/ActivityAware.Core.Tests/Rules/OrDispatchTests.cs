using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Rules.Patterns;
using ActivityAware.Core.Tests.Rules.Projection;

namespace ActivityAware.Core.Tests.Rules;

public sealed class OrDispatchTests
{
    private static readonly EventPattern Pushdown = EventPatternCompiler.CompileJson(ProjectionEquivalence.Pushdown.Json);
    private static readonly EventPattern Detail = EventPatternCompiler.CompileJson(
        JsonNode.Parse(ProjectionEquivalence.Pushdown.Json)!["detail"]!.ToJsonString());

    [Theory]
    [InlineData("""{"eventSource":"iam.amazonaws.com","eventName":"CreateUser"}""", true)]
    [InlineData("""{"eventSource":"iam.amazonaws.com","eventName":"GetUser"}""", false)]
    [InlineData("""{"eventSource":["s3.amazonaws.com","iam.amazonaws.com"],"eventName":"CreateUser"}""", true)]
    [InlineData("""{"eventSource":"iam\u002Eamazonaws.com","eventName":"CreateUser"}""", true)]
    [InlineData("""{"eventSource":"iam.amazonaws.com","eventName":"DeactivateMFADevice"}""", true)]
    [InlineData("""{"eventSource":7,"eventName":"DeactivateMFADevice"}""", false)]
    [InlineData("""{"eventName":"DeactivateMFADevice"}""", false)]
    [InlineData("""{"eventName":"CreateUser"}""", false)]
    [InlineData("""{"eventSource":"x","eventName":"StopLogging"}""", true)]
    [InlineData("""{"eventSource":"x","userIdentity":{"type":"Root"},"eventType":"AwsApiCall"}""", true)]
    public void Matches_DispatchedOr_AgreesWithTryingEveryAlternative(string record, bool expected)
    {
        using var document = JsonDocument.Parse(record);
        Assert.Equal(expected, Detail.MatchesTryingEveryAlternative(document.RootElement));
        Assert.Equal(expected, Detail.Matches(document.RootElement));
    }

    [Fact]
    public void Matches_RandomVariationsOfEveryExample_AgreesWithTryingEveryAlternative()
    {
        var mutator = new RecordMutator(seed: 99);
        var (passed, differences) = (0, new List<string>());
        foreach (var example in RecordProjectionEquivalenceTests.ExampleRecords())
        {
            for (var i = 0; i < 30; i++)
            {
                var record = i == 0 ? example : mutator.Mutate(example);
                using var detail = JsonDocument.Parse(record);
                using var envelope = JsonDocument.Parse(EventBridgeEnvelope.Wrap(Encoding.UTF8.GetBytes(record)));
                var expected = Detail.MatchesTryingEveryAlternative(detail.RootElement);
                passed += expected ? 1 : 0;
                if (Detail.Matches(detail.RootElement) != expected ||
                    Pushdown.Matches(envelope.RootElement) != Pushdown.MatchesTryingEveryAlternative(envelope.RootElement))
                    differences.Add(record);
            }
        }
        Assert.True(passed > 100);
        Assert.Empty(differences);
    }
}
