using System.Text.Json;
using System.Text.Json.Nodes;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Json;
using ActivityAware.Local.Asl.Execution;
using ActivityAware.Local.Replay;

namespace ActivityAware.Local.Workflow;

/// <summary>Reads what an execution of the workflow means for replay: an alert (it reached delivery), nothing (no match, duplicate), or a failure.</summary>
public static class ExecutionOutcome
{
    private static readonly string[] DetailFields = ["dedupe", "enrichment", "enrichmentError", "deliveries"];

    public static ReplayOutcome From(ExecutionResult result, RecordLocation location)
    {
        if (!result.Succeeded)
            return ReplayOutcome.Failed($"the workflow execution failed with {result.Error}: {result.Cause}");
        if (result.Output is not JsonObject output || !output.ContainsKey("deliveries"))
            return ReplayOutcome.NoAlert;

        var routed = output.Deserialize(CoreJsonContext.Default.RouteOutput)
            ?? throw new InvalidOperationException("the workflow's output has deliveries but no alert");
        var details = new JsonObject();
        foreach (var field in DetailFields)
            if (output[field] is { } value) details[field] = value.DeepClone();
        using var document = JsonDocument.Parse(details.ToJsonString());
        return ReplayOutcome.Alerted(new ReplayAlert(routed.Alert, location, document.RootElement.Clone()));
    }
}
