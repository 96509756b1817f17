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

        // Only the alert is read as a typed value (the rest of the RouteOutput, its rendered messages above all, is not needed here).
        var alert = output["alert"] is { } alertNode
            ? JsonSerializer.Deserialize(Utf8Scratch.TextOf(alertNode), CoreJsonContext.Default.AlertCandidate)
            : null;
        if (alert is null)
            throw new InvalidOperationException("the workflow's output has deliveries but no alert");
        var reader = new Utf8JsonReader(Utf8Scratch.Write(output, WriteDetails));
        return ReplayOutcome.Alerted(new ReplayAlert(alert, location, JsonElement.ParseValue(ref reader)));
    }

    private static void WriteDetails(Utf8JsonWriter writer, JsonObject output)
    {
        writer.WriteStartObject();
        foreach (var field in DetailFields)
        {
            if (output[field] is not { } value)
                continue;
            writer.WritePropertyName(field);
            // Inside Utf8Scratch.Write already: a node that is not its parsed text is written here, not through the scratch buffer.
            if (ParsedNodes.TryGetText(value, out var json))
                writer.WriteRawValue(json, skipInputValidation: true);
            else
                value.WriteTo(writer, AslJson.Compact);
        }
        writer.WriteEndObject();
    }
}
