using System.Text;
using System.Text.Json;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Rules;
using ActivityAware.Local.Workflow;
using ActivityAware.Testing;
using ActivityAware.Testing.Alerts;

namespace ActivityAware.Local.Tests.Workflow;

/// <summary>The replay pipeline runs the embedded state machine definition over the real step handlers, with the local defaults.</summary>
public sealed class WorkflowReplayPipelineTests : IDisposable
{
    private readonly ScratchDirectory _scratch = new();
    private readonly StringWriter _trace = new();
    private readonly StringWriter _diagnostics = new();

    private WorkflowReplayPipeline Pipeline(bool trace = false) => LocalWorkflow.Create(new LocalWorkflowOptions
    {
        Rules = RulePack.LoadDefault(),
        DeadLetterPath = _scratch.Combine("dead-letters.jsonl"),
        Trace = trace ? _trace : null,
        Diagnostics = _diagnostics,
    });

    private static RecordLocation At(long ordinal) => new("test.json", ordinal, $"Records[{ordinal}]", null);

    private static RawRecord Record(string json, long ordinal) => new(Encoding.UTF8.GetBytes(json), At(ordinal));

    [Fact]
    public async Task ProcessAsync_DeniedCall_AlertsThroughEveryStepWithADryRunDelivery()
    {
        var outcome = await Pipeline().ProcessAsync(Record(AccessDeniedRecordBuilder.AccessDenied().RecordJson(), 0), CancellationToken.None);

        Assert.Null(outcome.Error);
        var alert = Assert.Single(outcome.Alerts);
        Assert.Contains(alert.Candidate.Matches, m => m.RuleId == "AWS.AccessDenied");
        var details = alert.Details!.Value;
        Assert.False(details.GetProperty("dedupe").GetProperty("duplicate").GetBoolean());
        Assert.Equal("no-identity-policy", details.GetProperty("enrichment").GetProperty("denialReason").GetString());
        var delivery = Assert.Single(details.GetProperty("deliveries").EnumerateArray());
        Assert.Equal("dry-run", delivery.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ProcessAsync_SameDenialTwiceWithinTheWindow_SecondIsSuppressedByTheDedupeStep()
    {
        var pipeline = Pipeline();
        var first = AccessDeniedRecordBuilder.AccessDenied().With("eventID", "e-1").With("eventTime", "2026-11-28T10:00:00Z").RecordJson();
        var second = AccessDeniedRecordBuilder.AccessDenied().With("eventID", "e-2").With("eventTime", "2026-11-28T10:05:00Z").RecordJson();
        var later = AccessDeniedRecordBuilder.AccessDenied().With("eventID", "e-3").With("eventTime", "2026-11-28T10:30:00Z").RecordJson();

        Assert.Single((await pipeline.ProcessAsync(Record(first, 0), CancellationToken.None)).Alerts);
        Assert.Empty((await pipeline.ProcessAsync(Record(second, 1), CancellationToken.None)).Alerts);
        var afterWindow = Assert.Single((await pipeline.ProcessAsync(Record(later, 2), CancellationToken.None)).Alerts);
        Assert.Equal(1, afterWindow.Details!.Value.GetProperty("dedupe").GetProperty("suppressedCount").GetInt64());
    }

    [Fact]
    public async Task ProcessAsync_EventNoRuleCanMatch_IsFilteredByThePushdownWithoutAnExecution()
    {
        var pipeline = Pipeline();
        var harmless = AccessDeniedRecordBuilder.AccessDenied().With("errorCode", null).With("errorMessage", null).RecordJson();

        var outcome = await pipeline.ProcessAsync(Record(harmless, 0), CancellationToken.None);

        Assert.Empty(outcome.Alerts);
        Assert.Null(outcome.Error);
        Assert.Equal(1, pipeline.Filtered);
        Assert.Equal(0, pipeline.Executions);
    }

    [Theory]
    [InlineData("logs.amazonaws.com", "CreateLogStream")]
    [InlineData("ec2.amazonaws.com", "CreateTags")]
    [InlineData("ssm.amazonaws.com", "UpdateInstanceInformation")]
    public async Task ProcessAsync_HarmlessWriteOnlyAWidenedPatternAdmits_IsFilteredWithoutAnExecution(string source, string name)
    {
        var pipeline = Pipeline();
        var write = AccessDeniedRecordBuilder.AccessDenied().With("errorCode", null).With("errorMessage", null)
            .With("eventSource", source).With("eventName", name).RecordJson();

        var outcome = await pipeline.ProcessAsync(Record(write, 0), CancellationToken.None);

        Assert.Empty(outcome.Alerts);
        Assert.Equal(1, pipeline.Filtered);
        Assert.Equal(0, pipeline.Executions);
    }

    [Fact]
    public void Create_RulesWhosePushdownMustBeWidened_WarnsOnDiagnostics()
    {
        var rule = string.Join('\n', "id: Custom.NotInvoked", "title: Test rule", "severity: low", "category: other", "description: Why.",
            "runbook: What.", "match:", "  userIdentity:", "    invokedBy:", "      - exists: false");
        var loaded = RulePackLoader.Load(RulePack.LoadDefault(), [new RuleSource("Custom.NotInvoked.yaml", rule)]);
        Assert.Empty(loaded.Errors);

        LocalWorkflow.Create(new LocalWorkflowOptions { Rules = loaded.Pack, DeadLetterPath = _scratch.Combine("dl.jsonl"), Diagnostics = _diagnostics });

        Assert.Contains("pushdown for these rules had to be widened", _diagnostics.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DefaultPack_WarnsNothing()
    {
        Pipeline();

        Assert.Empty(_diagnostics.ToString());
    }

    [Fact]
    public async Task ProcessAsync_WithTrace_PrintsThePathWithInputsAndOutputs()
    {
        await Pipeline(trace: true).ProcessAsync(Record(AccessDeniedRecordBuilder.AccessDenied().RecordJson(), 0), CancellationToken.None);

        var trace = _trace.ToString();
        Assert.Contains("Normalize event → Matched a rule? → Check duplicate → Already alerted? → Enrich principal → Choose destinations → Deliver to each destination", trace);
        Assert.Contains("→ Normalize event input: {\"version\":\"0\"", trace);
        Assert.Contains("output: {\"matched\":true", trace);
    }

    [Fact]
    public async Task ProcessAsync_RecordThatIsNotJson_FailsWithoutAnExecution()
    {
        var pipeline = Pipeline();
        var outcome = await pipeline.ProcessAsync(Record("{\"eventSource\": ", 0), CancellationToken.None);

        Assert.StartsWith("the record is not valid JSON", outcome.Error);
        Assert.Equal(0, pipeline.Executions);
    }

    public void Dispose()
    {
        _scratch.Dispose();
        _trace.Dispose();
        _diagnostics.Dispose();
    }
}
