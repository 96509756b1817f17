using System.Text.Json;
using System.Text.Json.Nodes;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Pushdown;

namespace ActivityAware.Core.Tests.Rules.Pushdown;

/// <summary>How a split handles each kind of cross-source alternative, on small packs with a small size limit.</summary>
public sealed class PushdownSplitTests
{
    private const int SmallLimit = 700;

    private static readonly (string Id, string[] MatchLines)[] SourcedRules = Enumerable.Range(0, 6)
        .Select(i => ($"Team.Service{i}", new[] { $"eventSource: [svc{i}.amazonaws.com]", $"eventName: [DeleteThing{i}, DisableThing{i}, PutThing{i}]" }))
        .ToArray();

    private static readonly string?[] Sources = [.. Enumerable.Range(0, 6).Select(i => $"svc{i}.amazonaws.com"), "s3.amazonaws.com", "logs.amazonaws.com", null];

    private static readonly string?[] Names =
        [.. Enumerable.Range(0, 6).SelectMany(i => new[] { $"DeleteThing{i}", $"PutThing{i}" }), "DeleteBucketPolicy", "GetBucketPolicy", "CreateLogStream", null];

    [Fact]
    public void GenerateSet_ErrorCodeRule_FirstPatternAdmitsOtherErrorsOnlyOnTheOtherPatternsSources()
    {
        var pack = PushdownPacks.Of([("Team.Denied", ["errorCode: [AccessDenied, prefix: Unauthorized]"]), .. SourcedRules]);

        var set = PushdownPatternGenerator.GenerateSet(pack, SmallLimit);

        AssertSplit(set, pack);
        var first = JsonNode.Parse(set.Patterns[0].Json)!["detail"]!.ToJsonString();
        Assert.Contains("{\"errorCode\":[\"AccessDenied\",{\"prefix\":\"Unauthorized\"}]}", first, StringComparison.Ordinal);
        Assert.False(Matches(set.Union, """{"eventSource":"logs.amazonaws.com","eventName":"CreateLogStream","errorCode":"ThrottlingException"}"""));
        Assert.True(Matches(set.Union, """{"eventSource":"logs.amazonaws.com","eventName":"CreateLogStream","errorCode":"UnauthorizedOperation"}"""));
        var other = set.Patterns.Skip(1).First(p => p.Json.Contains("svc", StringComparison.Ordinal));
        var source = JsonNode.Parse(other.Json)!["detail"]!["$or"]![0]!["eventSource"]![0]!.GetValue<string>();
        Assert.True(Matches(set.Patterns[0], $$"""{"eventSource":"{{source}}","eventName":"GetThing","errorCode":"ThrottlingException"}"""));
    }

    [Fact]
    public void GenerateSet_NamesRuleAndASourceWithoutNames_KeepsThatSourceWithTheNames()
    {
        var pack = PushdownPacks.Of([
            ("Team.AnyBucketPolicyDeletion", ["eventName: [DeleteBucketPolicy]"]),
            ("Team.SensitiveBucket", ["eventSource: [s3.amazonaws.com]", "requestParameters:", "  bucketName: [payroll]"]),
            .. SourcedRules]);

        var set = PushdownPatternGenerator.GenerateSet(pack, SmallLimit);

        AssertSplit(set, pack);
        Assert.Contains("s3.amazonaws.com", set.Patterns[0].Json, StringComparison.Ordinal);
        Assert.All(set.Patterns.Skip(1), p => Assert.DoesNotContain("s3.amazonaws.com", p.Json, StringComparison.Ordinal));
    }

    [Fact]
    public void GenerateSet_NamePrefixRule_OtherPatternsDropTheNamesItAdmits()
    {
        var pack = PushdownPacks.Of([("Team.AnyDeletion", ["eventName: [prefix: Delete]"]), .. SourcedRules]);

        var set = PushdownPatternGenerator.GenerateSet(pack, 600);

        AssertSplit(set, pack, 600);
        Assert.All(set.Patterns.Skip(1), p => Assert.DoesNotContain("DeleteThing", p.Json, StringComparison.Ordinal));
    }

    [Fact]
    public void GenerateSet_RuleWithASourcePrefix_KeepsTheSourcesItAdmitsInTheFirstPattern()
    {
        var pack = PushdownPacks.Of([("Team.Svc1Family", ["eventSource: [prefix: svc1]", "eventName: [GetThing]"]), .. SourcedRules]);

        var set = PushdownPatternGenerator.GenerateSet(pack, SmallLimit);

        AssertSplit(set, pack);
        Assert.Contains("svc1.amazonaws.com", set.Patterns[0].Json, StringComparison.Ordinal);
    }

    [Fact]
    public void GenerateSet_SameInputTwice_SamePatterns()
    {
        var pack = PushdownPacks.Of([("Team.Denied", ["errorCode: [AccessDenied]"]), .. SourcedRules]);

        Assert.Equal(
            PushdownPatternGenerator.GenerateSet(pack, SmallLimit).ToJsonLines(),
            PushdownPatternGenerator.GenerateSet(pack, SmallLimit).ToJsonLines());
    }

    private static void AssertSplit(PushdownPatternSet set, RulePack pack, int limit = SmallLimit)
    {
        Assert.False(set.Widened);
        Assert.InRange(set.Patterns.Count, 2, PushdownPatternGenerator.MaximumPatterns);
        Assert.All(set.Patterns, p => Assert.InRange(p.Json.Length, 1, limit));
        var records = PushdownRecordCorpus.Grid(Sources, Names).Concat(PushdownRecordCorpus.Examples(pack));
        Assert.Empty(PushdownSetCheck.Problems(set, PushdownPatternSetTests.Unlimited(pack), PushdownSetCheck.ErrorOrRoot, records).Take(5));
    }

    private static bool Matches(EventBridgePattern pattern, string record)
    {
        using var envelope = JsonDocument.Parse(EventBridgeEnvelope.Wrap(System.Text.Encoding.UTF8.GetBytes(record)));
        return pattern.Matches(envelope.RootElement);
    }
}
