using System.Text.Json;
using System.Text.Json.Nodes;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Json;
using ActivityAware.Local.Asl;
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

        var routed = JsonSerializer.Deserialize(Utf8Scratch.Write(output), CoreJsonContext.Default.RouteOutput)
            ?? throw new InvalidOperationException("the workflow's output has deliveries but no alert");
        var reader = new Utf8JsonReader(Utf8Scratch.Write(output, WriteDetails));
        return ReplayOutcome.Alerted(new ReplayAlert(routed.Alert, location, JsonElement.ParseValue(ref reader)));
    }

    private static void WriteDetails(Utf8JsonWriter writer, JsonObject output)
    {
        writer.WriteStartObject();
        foreach (var field in DetailFields)
        {
            if (output[field] is not { } value)
                continue;
            writer.WritePropertyName(field);
            value.WriteTo(writer, AslJson.Compact);
        }
        writer.WriteEndObject();
    }
}
