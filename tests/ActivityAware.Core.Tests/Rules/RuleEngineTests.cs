using System.Text.Json;
using ActivityAware.Core.Rules;

namespace ActivityAware.Core.Tests.Rules;

public sealed class RuleEngineTests
{
    private static readonly RuleEngine Engine = new(RulePack.LoadDefault());

    [Fact]
    public void Evaluate_RootStopLogging_ReturnsEveryMatchedRuleWithReason()
    {
        using var record = JsonDocument.Parse("""
            {"eventSource":"cloudtrail.amazonaws.com","eventName":"StopLogging","eventType":"AwsApiCall",
             "userIdentity":{"type":"Root","arn":"arn:aws:iam::123456789012:root"}}
            """);
        var matches = Engine.Evaluate(record.RootElement);
        Assert.Equal(["AWS.CloudTrail.ConfigurationChange", "AWS.CloudTrail.StopLogging", "AWS.Root.Activity"], matches.Select(m => m.RuleId).Order());
        Assert.Equal(Severity.Critical, matches.Max(m => m.Severity));
        Assert.Contains("eventName=StopLogging", matches.Single(m => m.RuleId == "AWS.CloudTrail.StopLogging").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DeniedByAwsService_IsSuppressedByException()
    {
        using var record = JsonDocument.Parse("""
            {"eventSource":"s3.amazonaws.com","eventName":"GetObject","errorCode":"AccessDenied","sourceIPAddress":"AWS Internal","userIdentity":{"type":"AssumedRole"}}
            """);
        Assert.DoesNotContain(Engine.Evaluate(record.RootElement), m => m.RuleId == "AWS.AccessDenied");
    }

    [Fact]
    public void GetRule_BurstRule_ExposesThresholdAndDedupe()
    {
        var rule = Engine.GetRule("AWS.AccessDenied.EnumerationBurst");
        Assert.Equal(new RuleThreshold(10, "eventName", ["userIdentity.arn"], TimeSpan.FromMinutes(5)) with { GroupBy = rule.Threshold!.GroupBy }, rule.Threshold);
        Assert.Equal(["userIdentity.arn", "userIdentity.accountId", "userIdentity.principalId"], rule.Threshold.GroupBy);
        Assert.Equal(["userIdentity.arn", "userIdentity.accountId", "userIdentity.principalId"], rule.Dedupe!.Fields);
        Assert.Throws<KeyNotFoundException>(() => Engine.GetRule("No.Such.Rule"));
    }

    [Fact]
    public void Evaluate_NonMatchingRecord_AllocatesNothing()
    {
        using var record = JsonDocument.Parse("""
            {"eventSource":"ec2.amazonaws.com","eventName":"DescribeInstances","eventType":"AwsApiCall","sourceIPAddress":"198.51.100.7",
             "userIdentity":{"type":"IAMUser","arn":"arn:aws:iam::123456789012:user/alice"},"requestParameters":{"instancesSet":{"items":[{"instanceId":"i-1"}]}}}
            """);
        Engine.Evaluate(record.RootElement);
        var matched = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++) matched += Engine.Evaluate(record.RootElement).Count;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, matched);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Evaluate_EveryPackExample_AgreesWithTestingEveryRule()
    {
        var pack = Engine.Pack;
        foreach (var example in pack.Rules.SelectMany(r => r.Examples))
        {
            using var record = JsonDocument.Parse(example.RecordJson);
            var expected = pack.Rules.Where(r => r.Match.Matches(record.RootElement) && !r.Exceptions.Any(e => e.Matches(record.RootElement)))
                .Select(r => r.Id).Order();
            Assert.Equal(expected, new RuleEngine(pack, includeThresholdRules: true).Evaluate(record.RootElement).Select(m => m.RuleId).Order());
        }
    }

    [Fact]
    public void Evaluate_RuleWithDedupeFields_CarriesTheKeyOfThoseFieldsAndItsOwnWindowIfAny()
    {
        using var record = JsonDocument.Parse("""
            {"eventSource":"s3.amazonaws.com","eventName":"ListBuckets","errorCode":"AccessDenied","sourceIPAddress":"192.0.2.10",
             "userIdentity":{"type":"IAMUser","arn":"arn:aws:iam::123456789012:user/a|b","accountId":"123456789012","principalId":"AIDAEXAMPLE"}}
            """);

        var denied = Engine.Evaluate(record.RootElement).Single(m => m.RuleId == "AWS.AccessDenied");

        Assert.Equal(@"v1f|AWS.AccessDenied|userIdentity.arn=arn:aws:iam::123456789012:user/a\|b|userIdentity.accountId=123456789012|userIdentity.principalId=AIDAEXAMPLE|eventSource=s3.amazonaws.com|eventName=ListBuckets|errorCode=AccessDenied",
            denied.DedupeKey);
        Assert.Null(denied.DedupeWindowSeconds);
    }

    [Theory]
    [InlineData("AWS.AccessDenied")]
    [InlineData("AWS.CIS.UnauthorizedApiCalls")]
    public void Evaluate_DenialsOfCallersWithoutAnArn_EachCallerKeepsItsOwnKey(string ruleId)
    {
        // A caller from another account is recorded as AWSAccount with its account and principal id, but no ARN.
        string KeyOf(string accountId, string principalId)
        {
            using var record = JsonDocument.Parse($$$"""
                {"eventSource":"s3.amazonaws.com","eventName":"GetObject","errorCode":"AccessDenied","sourceIPAddress":"198.51.100.20",
                 "userIdentity":{"type":"AWSAccount","accountId":"{{{accountId}}}","principalId":"{{{principalId}}}"}}
                """);
            return Engine.Evaluate(record.RootElement).Single(m => m.RuleId == ruleId).DedupeKey!;
        }

        Assert.NotEqual(KeyOf("444455556666", "AIDAOTHER1"), KeyOf("777788889999", "AIDAOTHER2"));
        Assert.NotEqual(KeyOf("444455556666", "AIDAOTHER1"), KeyOf("444455556666", "AROAOTHER:session"));
        Assert.Equal(KeyOf("444455556666", "AIDAOTHER1"), KeyOf("444455556666", "AIDAOTHER1"));
    }

    [Fact]
    public void Evaluate_FailedSignInsFromOneAddress_DifferentUsersKeepDifferentKeys()
    {
        // A failed console sign-in carries no ARN, only the user name it was tried with.
        static string KeyOf(string userName)
        {
            using var record = JsonDocument.Parse($$$"""
                {"eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","eventType":"AwsConsoleSignIn","sourceIPAddress":"203.0.113.9",
                 "userIdentity":{"type":"IAMUser","principalId":"AIDAEXAMPLE","accountId":"123456789012","accessKeyId":"","userName":"{{{userName}}}"},
                 "errorMessage":"Failed authentication","responseElements":{"ConsoleLogin":"Failure"}}
                """);
            return Engine.Evaluate(record.RootElement).Single(m => m.RuleId == "AWS.ConsoleLogin.Failure").DedupeKey!;
        }

        Assert.NotEqual(KeyOf("alice"), KeyOf("bob"));
        Assert.Equal(KeyOf("alice"), KeyOf("alice"));
    }

    [Fact]
    public void Evaluate_RuleWithItsOwnDedupeWindow_CarriesItInSeconds()
    {
        var rule = Engine.Pack.Rules.First(r => r.Dedupe?.Window is not null && r.Threshold is null);
        using var record = JsonDocument.Parse(rule.Examples.First(e => e.ShouldMatch).RecordJson);

        var match = Engine.Evaluate(record.RootElement).Single(m => m.RuleId == rule.Id);

        Assert.Equal((int)rule.Dedupe!.Window!.Value.TotalSeconds, match.DedupeWindowSeconds);
        Assert.StartsWith($"v1f|{rule.Id}|", match.DedupeKey, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OneDenial_IsNotABurstUntilTheThresholdIsCounted()
    {
        using var record = JsonDocument.Parse("""
            {"eventSource":"s3.amazonaws.com","eventName":"ListBuckets","errorCode":"AccessDenied","sourceIPAddress":"192.0.2.10",
             "userIdentity":{"type":"IAMUser","arn":"arn:aws:iam::123456789012:user/alice"}}
            """);

        var single = Engine.Evaluate(record.RootElement).Select(m => m.RuleId).ToList();
        var withThresholdRules = new RuleEngine(Engine.Pack, includeThresholdRules: true).Evaluate(record.RootElement).Select(m => m.RuleId).ToList();

        Assert.Contains("AWS.AccessDenied", single);
        Assert.DoesNotContain("AWS.AccessDenied.EnumerationBurst", single);
        Assert.Contains("AWS.AccessDenied.EnumerationBurst", withThresholdRules);
    }

    [Fact]
    public void Evaluate_EventNameForgedAsArray_StillMatchesAsEventBridgeWould()
    {
        using var record = JsonDocument.Parse("""{"eventSource":"cloudtrail.amazonaws.com","eventName":["DescribeTrails","StopLogging"]}""");
        Assert.Contains(Engine.Evaluate(record.RootElement), m => m.RuleId == "AWS.CloudTrail.StopLogging");
    }
}
