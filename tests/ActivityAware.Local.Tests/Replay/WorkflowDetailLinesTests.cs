using System.Text.Json;
using ActivityAware.Local.Replay;

namespace ActivityAware.Local.Tests.Replay;

public sealed class WorkflowDetailLinesTests
{
    private static List<(string Label, string Text)> Lines(string json)
    {
        using var document = JsonDocument.Parse(json);
        return WorkflowDetailLines.From(document.RootElement.Clone()).ToList();
    }

    [Fact]
    public void From_DeniedAndDelivered_ShowsReasonSuggestionAndEachDelivery()
    {
        var lines = Lines("""
            {"dedupe":{"key":"k","duplicate":false,"suppressedCount":0,"failedOpen":false},
             "enrichment":{"denialReason":"no-identity-policy","denialExplanation":"No policy allows it.","suggestedPolicyStatement":"{\"Effect\":\"Allow\"}","source":"event-only"},
             "deliveries":[{"destination":"slack","type":"slack","status":"sent"},{"destination":"pd","type":"pagerduty","status":"dead-lettered"}]}
            """);

        Assert.Equal(
            [("why", "no-identity-policy: No policy allows it."), ("suggest", "{\"Effect\":\"Allow\"}"),
             ("sent", "slack (slack): sent"), ("sent", "pd (pagerduty): dead-lettered")],
            lines);
    }

    [Fact]
    public void From_SuppressedFailedOpenAndEnrichmentError_SaysSo()
    {
        var lines = Lines("""
            {"dedupe":{"key":"k","duplicate":false,"suppressedCount":7,"failedOpen":true},
             "enrichmentError":{"Error":"EnrichmentUnavailableException","Cause":"timeout"}}
            """);

        Assert.Contains(("dedupe", "7 similar alert(s) were suppressed in the previous window"), lines);
        Assert.Contains(("dedupe", "the dedupe store could not be reached; sent without deduplication"), lines);
        Assert.Contains(("enrich", "failed (EnrichmentUnavailableException); the alert went out without it"), lines);
    }

    [Fact]
    public void From_NoDetails_HasNoLines()
    {
        Assert.Empty(WorkflowDetailLines.From(null));
    }
}
