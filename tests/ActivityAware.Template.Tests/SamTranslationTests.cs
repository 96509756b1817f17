using System.Text.Json.Nodes;
using ActivityAware.Core.Rules;
using ActivityAware.Core.Rules.Pushdown;
using ActivityAware.Template.Tests.Support;
using ActivityAware.Testing;

namespace ActivityAware.Template.Tests;

public sealed class SamTranslationTests
{
    public static readonly string[] FunctionLogicalIds =
    [
        "NormalizeFunction", "CheckDuplicateFunction", "EnrichFunction", "ChooseDestinationsFunction",
        "SendToSlackFunction", "SendEmailFunction", "SendToPagerDutyFunction", "SendToWebhookFunction",
    ];

    [Fact]
    public async Task Translate_RepositoryTemplate_HasTheExpectedResources()
    {
        var template = await TranslatedTemplate.OfRepositoryAsync();
        var actual = (template["Resources"] as JsonObject)!
            .ToDictionary(entry => entry.Key, entry => entry.Value!["Type"]!.GetValue<string>());

        var expected = new Dictionary<string, string>
        {
            ["DedupeTable"] = "AWS::DynamoDB::Table",
            ["EventDeadLetterQueue"] = "AWS::SQS::Queue",
            ["EventDeadLetterQueuePolicy"] = "AWS::SQS::QueuePolicy",
            ["DeliveryDeadLetterQueue"] = "AWS::SQS::Queue",
            ["StateMachineLogGroup"] = "AWS::Logs::LogGroup",
            ["ActivityAwareStateMachine"] = "AWS::StepFunctions::StateMachine",
            ["ActivityAwareStateMachineRole"] = "AWS::IAM::Role",
            ["CloudTrailEventRuleRole"] = "AWS::IAM::Role",
            ["ForwardingAccountsBusPolicy"] = "AWS::Events::EventBusPolicy",
            ["TrailBucket"] = "AWS::S3::Bucket",
            ["TrailBucketPolicy"] = "AWS::S3::BucketPolicy",
            ["Trail"] = "AWS::CloudTrail::Trail",
            ["ExecutionsFailedAlarm"] = "AWS::CloudWatch::Alarm",
            ["DeliveryDeadLetterAlarm"] = "AWS::CloudWatch::Alarm",
            ["EventDeadLetterAlarm"] = "AWS::CloudWatch::Alarm",
        };
        var patterns = PushdownPatternGenerator.GenerateSet(RulePack.LoadDefault()).Patterns.Count;
        for (var i = 1; i <= patterns; i++) expected[$"CloudTrailEventRule{i}"] = "AWS::Events::Rule";
        foreach (var function in FunctionLogicalIds)
        {
            expected[function] = "AWS::Lambda::Function";
            expected[function + "Role"] = "AWS::IAM::Role";
            expected[function + "LogGroup"] = "AWS::Logs::LogGroup";
        }

        Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(e => e.Key));
    }

    [Fact]
    public async Task Translate_DedupeTable_IsOnDemandWithTtlPointInTimeRecoveryAndEncryption()
    {
        var table = (await TranslatedTemplate.OfRepositoryAsync())["Resources"]!["DedupeTable"]!["Properties"]!;

        Assert.Equal("PAY_PER_REQUEST", table["BillingMode"]!.GetValue<string>());
        Assert.Equal("expiresAt", table["TimeToLiveSpecification"]!["AttributeName"]!.GetValue<string>());
        Assert.True(table["TimeToLiveSpecification"]!["Enabled"]!.GetValue<bool>());
        Assert.True(table["PointInTimeRecoverySpecification"]!["PointInTimeRecoveryEnabled"]!.GetValue<bool>());
        Assert.True(table["SSESpecification"]!["SSEEnabled"]!.GetValue<bool>());
        Assert.Equal("pk", table["KeySchema"]![0]!["AttributeName"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("EventDeadLetterQueue")]
    [InlineData("DeliveryDeadLetterQueue")]
    public async Task Translate_DeadLetterQueue_IsEncryptedAndKeepsMessagesFourteenDays(string logicalId)
    {
        var queue = (await TranslatedTemplate.OfRepositoryAsync())["Resources"]![logicalId]!["Properties"]!;

        Assert.True(queue["SqsManagedSseEnabled"]!.GetValue<bool>());
        Assert.Equal(1209600, queue["MessageRetentionPeriod"]!.GetValue<int>());
    }

    [Fact]
    public async Task Translate_StateMachine_IsExpressWithFullLoggingAndTracing()
    {
        var machine = (await TranslatedTemplate.OfRepositoryAsync())["Resources"]!["ActivityAwareStateMachine"]!["Properties"]!;

        Assert.Equal("EXPRESS", machine["StateMachineType"]!.GetValue<string>());
        Assert.Equal("ALL", machine["LoggingConfiguration"]!["Level"]!.GetValue<string>());
        Assert.True(machine["LoggingConfiguration"]!["IncludeExecutionData"]!.GetValue<bool>());
        Assert.Equal("StateMachineLogGroup", machine["LoggingConfiguration"]!["Destinations"]![0]!["CloudWatchLogsLogGroup"]!["LogGroupArn"]!["Fn::GetAtt"]![0]!.GetValue<string>());
        Assert.True(machine["TracingConfiguration"]!["Enabled"]!.GetValue<bool>());
        var definitionLines = machine["DefinitionString"]!["Fn::Join"]![1]!.AsArray().Select(line => line!.GetValue<string>());
        Assert.Equal("Normalize event", JsonNode.Parse(string.Join('\n', definitionLines))!["StartAt"]!.GetValue<string>());
    }

    [Fact]
    public async Task Translate_StateMachineSubstitutions_AreExactlyTheContractKeys()
    {
        var machine = (await TranslatedTemplate.OfRepositoryAsync())["Resources"]!["ActivityAwareStateMachine"]!["Properties"]!;
        var keys = (machine["DefinitionSubstitutions"] as JsonObject)!.Select(entry => entry.Key).Order();

        var expected = FunctionLogicalIds.Select(id => id + "Arn").Append("DeliveryDeadLetterQueueUrl").Order();
        Assert.Equal(expected, keys);
        foreach (var function in FunctionLogicalIds)
            Assert.Equal(function, machine["DefinitionSubstitutions"]![function + "Arn"]!["Fn::GetAtt"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("ExecutionsFailedAlarm", "AWS/States", "ExecutionsFailed", "ActivityAwareStateMachine")]
    [InlineData("DeliveryDeadLetterAlarm", "AWS/SQS", "ApproximateNumberOfMessagesVisible", "DeliveryDeadLetterQueue")]
    [InlineData("EventDeadLetterAlarm", "AWS/SQS", "ApproximateNumberOfMessagesVisible", "EventDeadLetterQueue")]
    public async Task Translate_Alarm_WatchesItsMetric(string alarmId, string metricNamespace, string metric, string watched)
    {
        var alarm = (await TranslatedTemplate.OfRepositoryAsync())["Resources"]![alarmId]!["Properties"]!;

        Assert.Equal(metricNamespace, alarm["Namespace"]!.GetValue<string>());
        Assert.Equal(metric, alarm["MetricName"]!.GetValue<string>());
        Assert.Contains(watched, alarm["Dimensions"]![0]!["Value"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Translate_TemplateSamRejects_FailsNamingTheResource()
    {
        using var scratch = new ScratchDirectory();
        scratch.Write("statemachine/activity-aware.asl.json", File.ReadAllText(RepositoryRoot.Combine("statemachine", "activity-aware.asl.json")));
        var broken = File.ReadAllText(RepositoryRoot.Combine("template.yaml")).Replace(
            "      Handler: ActivityAware.Functions::ActivityAware.Functions.EnrichFunction::Handle\n",
            "      Handler: ActivityAware.Functions::ActivityAware.Functions.EnrichFunction::Handle\n      Events:\n        Bad:\n          Type: NoSuchEventSource\n",
            StringComparison.Ordinal);

        var result = await TranslatedTemplate.RunAsync(scratch.Write("template.yaml", broken));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("EnrichFunction", result.StandardError, StringComparison.Ordinal);
    }
}
