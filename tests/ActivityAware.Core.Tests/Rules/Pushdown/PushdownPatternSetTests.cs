using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Pushdown;

namespace ActivityAware.Core.Tests.Rules.Pushdown;

public sealed class PushdownPatternSetTests
{
    private static readonly RulePack Pack = RulePack.LoadDefault();
    private static readonly PushdownPatternSet Set = PushdownPatternGenerator.GenerateSet(Pack);
    private static readonly EventBridgePattern Exact = Unlimited(Pack);

    [Fact]
    public void GenerateSet_DefaultPack_SplitsIntoSeveralPatternsThatEachFit()
    {
        Assert.False(Set.Widened);
        Assert.InRange(Set.Patterns.Count, 2, PushdownPatternGenerator.MaximumPatterns);
        Assert.All(Set.Patterns, p => Assert.InRange(p.Json.Length, 1, PushdownPatternGenerator.MaximumLength));
        Assert.True(Exact.Json.Length > PushdownPatternGenerator.MaximumLength, "the exact pushdown fits one pattern; this test no longer shows a split");
    }

    [Fact]
    public void GenerateSet_DefaultPack_NoPatternWidensNamesToVerbs()
    {
        Assert.All(Set.Patterns, p => Assert.DoesNotContain("{\"prefix\":\"Create\"}", p.Json, StringComparison.Ordinal));
    }

    [Fact]
    public void Patterns_PackExamplesAndVariations_DisjointCoveringAndUnionAgrees()
    {
        var records = PushdownRecordCorpus.Examples(Pack).Concat(PushdownRecordCorpus.Variations(Pack, perExample: 20)).ToList();

        Assert.True(records.Count > 1000);
        Assert.Empty(PushdownSetCheck.Problems(Set, Exact, PushdownSetCheck.ErrorOrRoot, records).Take(5));
    }

    [Fact]
    public async Task Patterns_SampleLogs_DisjointCoveringAndUnionAgrees()
    {
        var records = await PushdownRecordCorpus.SampleLogsAsync();

        Assert.True(records.Count >= 20, $"only {records.Count} sample records were read");
        Assert.Empty(PushdownSetCheck.Problems(Set, Exact, PushdownSetCheck.ErrorOrRoot, records).Take(5));
    }

    [Fact]
    public void Patterns_EdgeCaseGrid_DisjointCoveringAndUnionAgrees()
    {
        var records = PushdownRecordCorpus.Grid().ToList();

        Assert.Empty(PushdownSetCheck.Problems(Set, Exact, PushdownSetCheck.ErrorOrRoot, records).Take(5));
    }

    [Theory]
    [InlineData("""{"eventSource":"logs.amazonaws.com","eventName":"CreateLogStream","eventType":"AwsApiCall","userIdentity":{"type":"AssumedRole"}}""")]
    [InlineData("""{"eventSource":"ec2.amazonaws.com","eventName":"CreateNetworkInterface","eventType":"AwsApiCall","userIdentity":{"type":"AWSService"}}""")]
    [InlineData("""{"eventSource":"ssm.amazonaws.com","eventName":"UpdateInstanceInformation","eventType":"AwsApiCall","userIdentity":{"type":"AssumedRole"}}""")]
    [InlineData("""{"eventSource":"ec2.amazonaws.com","eventName":"CreateTags","eventType":"AwsApiCall","userIdentity":{"type":"IAMUser"}}""")]
    [InlineData("""{"eventSource":"config.amazonaws.com","eventName":"PutEvaluations","eventType":"AwsApiCall","userIdentity":{"type":"AssumedRole"}}""")]
    public void Patterns_HarmlessWriteTheWideningAdmitted_MatchesNone(string record)
    {
        using var envelope = JsonDocument.Parse(EventBridgeEnvelope.Wrap(Encoding.UTF8.GetBytes(record)));
        var widened = PushdownPatternGenerator.GenerateSet(Pack, maximumPatterns: 1);

        Assert.True(widened.Patterns.Single().Matches(envelope.RootElement), "the widened pattern should admit this write (the reason for the split)");
        Assert.DoesNotContain(Set.Patterns, p => p.Matches(envelope.RootElement));
        Assert.False(Set.Union.Matches(envelope.RootElement));
    }

    [Theory]
    [InlineData("AwsConsoleAction", "Root", true)]
    [InlineData("AwsConsoleSignIn", "Root", true)]
    [InlineData("AwsApiCall", "Root", true)]
    [InlineData("AwsServiceEvent", "Root", false)]
    [InlineData("AwsConsoleAction", "IAMUser", false)]
    public void Patterns_RootEventOfEachType_AdmittedUnlessAwsDidIt(string eventType, string identityType, bool expected)
    {
        // A root user's console action (CloudTrail's AwsConsoleAction, EventBridge's "AWS Console Action via CloudTrail") is root
        // activity (CIS CloudWatch.1 counts it); a service event is AWS's own doing.
        var record = $$$"""{"eventSource":"signin.amazonaws.com","eventName":"UpdateAccountSettings","eventType":"{{{eventType}}}","userIdentity":{"type":"{{{identityType}}}"}}""";
        using var envelope = JsonDocument.Parse(EventBridgeEnvelope.Wrap(Encoding.UTF8.GetBytes(record)));

        Assert.Equal(expected, Set.Patterns.Count(p => p.Matches(envelope.RootElement)) == 1);
        Assert.Equal(expected, Set.Union.Matches(envelope.RootElement));
    }

    [Theory]
    [InlineData("ec2.amazonaws.com", "DescribeInstances", null, false)]
    [InlineData("s3.amazonaws.com", "GetObject", null, false)]
    [InlineData("s3.amazonaws.com", "GetObject", "AccessDenied", true)]
    [InlineData("cloudtrail.amazonaws.com", "StopLogging", null, true)]
    [InlineData("iam.amazonaws.com", "CreateUser", null, true)]
    [InlineData("iam.amazonaws.com", "CreateRole", null, false)]
    public void Patterns_ReadOnlyOrWatchedEvent_OneMatchesExactlyWhenWatched(string source, string name, string? errorCode, bool expected)
    {
        var record = new JsonObject { ["eventSource"] = source, ["eventName"] = name, ["userIdentity"] = new JsonObject { ["type"] = "IAMUser" } };
        if (errorCode is not null) record["errorCode"] = errorCode;
        using var envelope = JsonDocument.Parse(EventBridgeEnvelope.Wrap(Encoding.UTF8.GetBytes(record.ToJsonString())));

        Assert.Equal(expected ? 1 : 0, Set.Patterns.Count(p => p.Matches(envelope.RootElement)));
    }

    [Fact]
    public void Patterns_EventFromACustomSource_MatchesNone()
    {
        var envelope = JsonNode.Parse(EventBridgeEnvelope.Wrap("""{"eventSource":"cloudtrail.amazonaws.com","eventName":"StopLogging"}"""u8))!;
        envelope["source"] = "custom.app";
        using var document = JsonDocument.Parse(envelope.ToJsonString());

        Assert.DoesNotContain(Set.Patterns, p => p.Matches(document.RootElement));
        Assert.False(Set.Union.Matches(document.RootElement));
    }

    [Fact]
    public void GenerateSet_OnePatternAllowed_FallsBackToWideningThatStillPassesEveryExample()
    {
        var widened = PushdownPatternGenerator.GenerateSet(Pack, maximumPatterns: 1);

        Assert.True(widened.Widened);
        var pattern = Assert.Single(widened.Patterns);
        Assert.Same(pattern, widened.Union);
        Assert.Contains("{\"prefix\":\"Create\"}", pattern.Json, StringComparison.Ordinal);
        Assert.InRange(pattern.Json.Length, 1, PushdownPatternGenerator.MaximumLength);
        Assert.Empty(PushdownSetCheck.Problems(widened, Exact, _ => true, PushdownRecordCorpus.Examples(Pack)));
    }

    [Fact]
    public void GenerateSet_CrossSourceRuleNoFieldCanExclude_FallsBackToWidening()
    {
        // invokedBy absent: nothing another pattern could exclude without excluding almost every event.
        var pack = PushdownPacks.DefaultWith(("Team.NotInvokedByAService", ["userIdentity:", "  invokedBy:", "    - exists: false"]));

        var set = PushdownPatternGenerator.GenerateSet(pack);

        Assert.True(set.Widened);
        Assert.Single(set.Patterns);
        Assert.Empty(PushdownSetCheck.Problems(set, Unlimited(pack), _ => true, PushdownRecordCorpus.Examples(pack)));
    }

    [Fact]
    public void Widen_RuleNoPatternCanExclude_FallsBackToOnePatternThatFitsAndKeepsEveryExample()
    {
        var pack = PushdownPacks.DefaultWith(("Team.NotInvokedByAService", ["userIdentity:", "  invokedBy:", "    - exists: false"]));

        var set = PushdownPatternGenerator.GenerateSet(pack);

        var pattern = Assert.Single(set.Patterns);
        Assert.InRange(pattern.Json.Length, 1, PushdownPatternGenerator.MaximumLength);
        Assert.Empty(PushdownSetCheck.Problems(set, Unlimited(pack), _ => true, PushdownRecordCorpus.Examples(pack)));
    }

    [Fact]
    public void GenerateSet_SmallExactPack_IsOnePatternWithEveryAlternativeAsIs()
    {
        var pack = PushdownPacks.Of(
            ("Team.AnyDeleteTrail", ["eventName: [DeleteTrail]"]),
            ("Team.CloudTrailChanges", ["eventSource: [cloudtrail.amazonaws.com]", "eventName: [DeleteTrail, StopLogging]"]));

        var set = PushdownPatternGenerator.GenerateSet(pack);

        var pattern = Assert.Single(set.Patterns);
        Assert.Same(pattern, set.Union);
        var alternatives = JsonNode.Parse(pattern.Json)!["detail"]!["$or"]!.AsArray().Select(a => a!.ToJsonString()).ToList();
        Assert.Equal(["{\"eventName\":[\"DeleteTrail\"]}", "{\"eventSource\":[\"cloudtrail.amazonaws.com\"],\"eventName\":[\"StopLogging\"]}"], alternatives);
    }

    [Theory]
    [InlineData(PushdownPatternGenerator.MaximumLength)]
    [InlineData(1750)] // the 102-rule pack needs 1,705 characters after every widening step
    public void GenerateSet_WidenedToFitAShortLimit_StillPassesEveryExampleAndAdmitsNoReadOfAnotherSource(int maximumLength)
    {
        // Past per-group widening, sources share their verbs and then write verbs go to every source; reads never leave their source.
        var widened = PushdownPatternGenerator.GenerateSet(Pack, maximumLength, maximumPatterns: 1);

        var pattern = Assert.Single(widened.Patterns);
        Assert.InRange(pattern.Json.Length, 1, maximumLength);
        Assert.Empty(PushdownSetCheck.Problems(widened, Exact, _ => true, PushdownRecordCorpus.Examples(Pack)));
        var reads = new[] { ("secretsmanager.amazonaws.com", "GetSecretValue"), ("ssm.amazonaws.com", "GetParameter"), ("s3.amazonaws.com", "GetObject"), ("kms.amazonaws.com", "ListKeys") };
        foreach (var (source, name) in reads)
        {
            using var envelope = JsonDocument.Parse(EventBridgeEnvelope.Wrap(Encoding.UTF8.GetBytes(
                $$$"""{"eventSource":"{{{source}}}","eventName":"{{{name}}}","eventType":"AwsApiCall","userIdentity":{"type":"AssumedRole"}}""")));
            Assert.False(pattern.Matches(envelope.RootElement), $"{source} {name}");
        }
    }

    [Fact]
    public void GenerateSet_PackThatCannotFitEvenWidened_ThrowsNamingLengthAndLimit()
    {
        var error = Assert.Throws<PushdownPatternTooLongException>(() => PushdownPatternGenerator.GenerateSet(Pack, maximumLength: 300));

        Assert.Equal(300, error.Limit);
        Assert.True(error.Length > 300);
        Assert.Contains("over the limit of 300", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_DefaultPack_IsTheUnionOfTheSet()
    {
        Assert.Equal(Set.Union.Json, PushdownPatternGenerator.Generate(Pack).Json);
    }

    internal static EventBridgePattern Unlimited(RulePack pack) =>
        PushdownPatternGenerator.GenerateSet(pack, maximumLength: int.MaxValue, maximumPatterns: 1).Patterns.Single();
}
