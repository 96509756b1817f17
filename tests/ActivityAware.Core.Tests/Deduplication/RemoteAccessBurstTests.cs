using System.Text.Json;
using ActivityAware.Core.Deduplication;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rules;
using Microsoft.Extensions.Time.Testing;

namespace ActivityAware.Core.Tests.Deduplication;

/// <summary>"Check duplicate" with the default pack's remote-access bursts: one principal reaching 3 distinct instances within 10 minutes.</summary>
public sealed class RemoteAccessBurstTests
{
    private static readonly NormalizeStep Normalize = new(new RuleEngine(RulePack.LoadDefault(), includeThresholdRules: true), new EventNormalizer());
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 10, 30, 0, TimeSpan.Zero));

    private static NormalizeOutput Call(string eventSource, string eventName, string instanceField, string instanceId, int minute)
    {
        var time = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero).AddMinutes(minute).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        using var document = JsonDocument.Parse($$"""
            {"eventVersion":"1.10","eventID":"{{Guid.NewGuid()}}","eventTime":"{{time}}","eventType":"AwsApiCall",
             "userIdentity":{"type":"IAMUser","principalId":"AIDAEXAMPLEMALLORY","arn":"arn:aws:iam::123456789012:user/mallory","accountId":"123456789012"},
             "eventSource":"{{eventSource}}","eventName":"{{eventName}}","awsRegion":"us-east-1","sourceIPAddress":"198.51.100.7",
             "userAgent":"aws-cli/2.15.0","requestParameters":{"{{instanceField}}":"{{instanceId}}"},"recipientAccountId":"123456789012"}
            """);
        return Normalize.Run(document.RootElement);
    }

    private DeduplicationStep Step() => new(new InMemoryDedupeStore(), new InMemoryBurstStore(), TimeSpan.FromMinutes(15), _clock);

    [Theory]
    [InlineData("ssm.amazonaws.com", "StartSession", "target", "AWS.SSM.SessionsOnManyInstances")]
    [InlineData("ec2-instance-connect.amazonaws.com", "SendSSHPublicKey", "instanceId", "AWS.EC2.InstanceConnectToManyInstances")]
    public async Task RunAsync_ThreeInstancesWithinTenMinutes_Alerts(string eventSource, string eventName, string field, string rule)
    {
        var step = Step();

        var first = await step.RunAsync(Call(eventSource, eventName, field, "i-0000000000000000a", 0));
        var second = await step.RunAsync(Call(eventSource, eventName, field, "i-0000000000000000b", 4));
        var third = await step.RunAsync(Call(eventSource, eventName, field, "i-0000000000000000c", 9));

        Assert.True(first.Dedupe.BelowThreshold);
        Assert.True(second.Dedupe.BelowThreshold);
        Assert.Single(third.Alert.Matches, m => m.RuleId == rule);
    }

    [Theory]
    [InlineData("ssm.amazonaws.com", "StartSession", "target")]
    [InlineData("ec2-instance-connect.amazonaws.com", "SendSSHPublicKey", "instanceId")]
    public async Task RunAsync_OneInstanceAgainAndAgain_StaysBelowTheThreshold(string eventSource, string eventName, string field)
    {
        var step = Step();
        DedupeOutput? last = null;
        for (var minute = 0; minute < 8; minute++) last = await step.RunAsync(Call(eventSource, eventName, field, "i-0000000000000000a", minute));

        Assert.True(last!.Dedupe.BelowThreshold);
    }
}
