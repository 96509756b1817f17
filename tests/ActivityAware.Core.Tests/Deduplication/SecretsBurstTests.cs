using System.Text.Json;
using ActivityAware.Core.Deduplication;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Tests.Rules;
using Microsoft.Extensions.Time.Testing;

namespace ActivityAware.Core.Tests.Deduplication;

/// <summary>"Check duplicate" with the optional Secrets Manager burst: 10 distinct secrets read by one principal within 5 minutes.</summary>
public sealed class SecretsBurstTests
{
    private const string BurstRule = "AWS.SecretsManager.ManySecretsRetrieved";
    private static readonly NormalizeStep Normalize = new(new RuleEngine(OptionalRules.LoadWithDefaults(), includeThresholdRules: true), new EventNormalizer());
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 10, 20, 0, TimeSpan.Zero));

    private static NormalizeOutput SecretRead(string secretId, int second, string invokedBy = "")
    {
        var invoked = invokedBy.Length == 0 ? "" : $$""","invokedBy":"{{invokedBy}}" """;
        var time = new DateTimeOffset(2026, 11, 28, 10, 15, 0, TimeSpan.Zero).AddSeconds(second).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        using var document = JsonDocument.Parse($$"""
            {"eventVersion":"1.10","eventID":"{{Guid.NewGuid()}}","eventTime":"{{time}}","eventType":"AwsApiCall","readOnly":true,
             "userIdentity":{"type":"AssumedRole","principalId":"AROAEXAMPLE:ci","arn":"arn:aws:sts::123456789012:assumed-role/deployer/ci",
                             "accountId":"123456789012"{{invoked}}},
             "eventSource":"secretsmanager.amazonaws.com","eventName":"GetSecretValue","awsRegion":"us-east-1",
             "sourceIPAddress":"198.51.100.7","userAgent":"aws-cli/2.15.0","requestParameters":{"secretId":"{{secretId}}"},
             "responseElements":null,"recipientAccountId":"123456789012"}
            """);
        return Normalize.Run(document.RootElement);
    }

    private DeduplicationStep Step() => new(new InMemoryDedupeStore(), new InMemoryBurstStore(), TimeSpan.FromMinutes(15), _clock);

    [Fact]
    public async Task RunAsync_TenDistinctSecretsWithinFiveMinutes_Alerts()
    {
        var step = Step();
        DedupeOutput? last = null;
        for (var i = 0; i < 10; i++)
        {
            last = await step.RunAsync(SecretRead($"prod/secret-{i}", i * 10));
            if (i < 9) Assert.True(last.Dedupe.BelowThreshold);
        }

        Assert.Single(last!.Alert.Matches, m => m.RuleId == BurstRule);
        Assert.False(last.Dedupe.BelowThreshold);
    }

    [Fact]
    public async Task RunAsync_OneSecretReadAgainAndAgain_NeverAlerts()
    {
        var step = Step();
        DedupeOutput? last = null;
        for (var i = 0; i < 30; i++) last = await step.RunAsync(SecretRead("prod/db", i));

        // Only the burst rule matched and it stays below its threshold: the execution ends without an alert.
        Assert.True(last!.Dedupe.BelowThreshold);
    }

    [Fact]
    public void Normalize_SecretResolvedByCloudFormation_IsNotCounted()
    {
        var resolved = SecretRead("prod/db", 0, invokedBy: "cloudformation.amazonaws.com");

        Assert.Null(resolved.Alert);
    }
}
