using System.Text.Json;
using System.Text.Json.Nodes;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Pushdown;
using ActivityAware.Testing;

namespace ActivityAware.Core.Tests.Rules;

public sealed class PushdownPatternTests
{
    private static readonly RulePack Pack = RulePack.LoadDefault();
    private static readonly EventBridgePattern Pattern = PushdownPatternGenerator.Generate(Pack);

    [Fact]
    public void Generate_DefaultPack_EqualsCheckedInFile()
    {
        var checkedIn = File.ReadAllText(RepositoryRoot.Combine("statemachine", "eventbridge-pattern.json")).Trim();
        Assert.Equal(Pattern.Json, checkedIn);
    }

    [Fact]
    public void Generate_DefaultPack_FitsEventBridgeLimit()
    {
        Assert.InRange(Pattern.Json.Length, 1, PushdownPatternGenerator.MaximumLength);
    }

    [Fact]
    public void Matches_EveryPositiveExampleInItsEnvelope_PassesThePushdown()
    {
        var blocked = Pack.Rules.SelectMany(r => r.Examples.Where(e => e.ShouldMatch).Select(e => (r.Id, e)))
            .Where(x => !Pattern.Matches(Envelope(x.e.RecordJson).RootElement)).Select(x => $"{x.Id}:{x.e.Position.Line}").ToList();
        Assert.Empty(blocked);
    }

    [Theory]
    [InlineData("ec2.amazonaws.com", "DescribeInstances", null, false)]
    [InlineData("s3.amazonaws.com", "GetObject", null, false)]
    [InlineData("s3.amazonaws.com", "GetObject", "AccessDenied", true)]
    [InlineData("cloudtrail.amazonaws.com", "StopLogging", null, true)]
    public void Matches_ReadOnlyOrWatchedEvent_FiltersAsEventBridge(string source, string name, string? errorCode, bool expected)
    {
        var record = new JsonObject { ["eventSource"] = source, ["eventName"] = name, ["userIdentity"] = new JsonObject { ["type"] = "IAMUser" } };
        if (errorCode is not null) record["errorCode"] = errorCode;
        Assert.Equal(expected, Pattern.Matches(Envelope(record.ToJsonString()).RootElement));
    }

    [Fact]
    public void Matches_WrongSource_DoesNotPass()
    {
        var envelope = JsonNode.Parse(Envelope("""{"eventSource":"cloudtrail.amazonaws.com","eventName":"StopLogging"}""").RootElement.GetRawText())!;
        envelope["source"] = "custom.app";
        Assert.False(Pattern.Matches(JsonDocument.Parse(envelope.ToJsonString()).RootElement));
    }

    [Fact]
    public void Generate_SmallLimit_WidensToVerbsAndStillPassesExamples()
    {
        var narrow = PushdownPatternGenerator.Generate(Pack, 3000);
        Assert.Contains("{\"prefix\":\"Delete\"}", narrow.Json, StringComparison.Ordinal);
        Assert.All(Pack.Rules.SelectMany(r => r.Examples.Where(e => e.ShouldMatch)),
            e => Assert.True(narrow.Matches(Envelope(e.RecordJson).RootElement), e.RecordJson));
    }

    [Fact]
    public void Generate_DefaultPack_FitsEventBridgesDefaultQuotaWithoutAnIncrease()
    {
        Assert.InRange(Pattern.Json.Length, 1, 2048);
    }

    [Fact]
    public void Generate_NameAnotherAlternativeAdmits_IsDroppedAndTheEventStillPasses()
    {
        var pack = PackOf(
            ("Team.AnyDeleteTrail", ["eventName: [DeleteTrail]"]),
            ("Team.CloudTrailChanges", ["eventSource: [cloudtrail.amazonaws.com]", "eventName: [DeleteTrail, StopLogging]"]));

        var pattern = PushdownPatternGenerator.Generate(pack);

        var alternatives = JsonNode.Parse(pattern.Json)!["detail"]!["$or"]!.AsArray().Select(a => a!.ToJsonString()).ToList();
        Assert.Contains("{\"eventName\":[\"DeleteTrail\"]}", alternatives);
        Assert.Contains("{\"eventSource\":[\"cloudtrail.amazonaws.com\"],\"eventName\":[\"StopLogging\"]}", alternatives);
        Assert.True(pattern.Matches(CloudTrailEvent("DeleteTrail").RootElement));
        Assert.True(pattern.Matches(CloudTrailEvent("StopLogging").RootElement));
        Assert.False(pattern.Matches(CloudTrailEvent("StartLogging").RootElement));
    }

    [Fact]
    public void Generate_PackThatCannotFitEvenWidened_ThrowsNamingLengthAndLimit()
    {
        var error = Assert.Throws<PushdownPatternTooLongException>(() => PushdownPatternGenerator.Generate(Pack, maximumLength: 300));

        Assert.Equal(300, error.Limit);
        Assert.True(error.Length > 300);
        Assert.Contains("over the limit of 300", error.Message, StringComparison.Ordinal);
    }

    private static JsonDocument CloudTrailEvent(string eventName) =>
        Envelope(new JsonObject { ["eventSource"] = "cloudtrail.amazonaws.com", ["eventName"] = eventName }.ToJsonString());

    private static RulePack PackOf(params (string Id, string[] MatchLines)[] rules)
    {
        var sources = rules.Select(r => new RuleSource($"{r.Id}.yaml", string.Join("\n",
            [$"id: {r.Id}", "title: Test rule", "severity: low", "category: other", "description: A test rule.", "runbook: Nothing to check.",
             "match:", .. r.MatchLines.Select(l => "  " + l)]))).ToList();
        var loaded = RulePackLoader.Load(RulePack.Empty, sources);
        Assert.Empty(loaded.Errors);
        return loaded.Pack;
    }

    private static JsonDocument Envelope(string record)
    {
        var detail = JsonNode.Parse(record)!;
        var detailType = detail["eventType"]?.GetValue<string>() == "AwsConsoleSignIn" ? "AWS Console Sign In via CloudTrail" : "AWS API Call via CloudTrail";
        var source = "aws." + (detail["eventSource"]?.GetValue<string>() ?? "unknown").Split('.')[0];
        var envelope = new JsonObject { ["version"] = "0", ["source"] = source, ["detail-type"] = detailType, ["detail"] = detail };
        return JsonDocument.Parse(envelope.ToJsonString());
    }
}
