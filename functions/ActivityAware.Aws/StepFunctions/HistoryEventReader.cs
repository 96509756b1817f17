using System.Text.Json.Nodes;

namespace ActivityAware.Aws.StepFunctions;

/// <summary>Reads one GetExecutionHistory event; the details sit under a type-specific "...EventDetails" member.</summary>
internal static class HistoryEventReader
{
    public static HistoryEvent Read(JsonObject item)
    {
        var type = item["type"]?.GetValue<string>() ?? throw new InvalidDataException($"history event lacks 'type': {item.ToJsonString()}");
        string? stateName = null, input = null, error = null, cause = null;
        int? iterationIndex = null;
        foreach (var (key, value) in item)
        {
            if (!key.EndsWith("EventDetails", StringComparison.Ordinal) || value is not JsonObject details) continue;
            if (key is "stateEnteredEventDetails" or "stateExitedEventDetails" || key.StartsWith("mapIteration", StringComparison.Ordinal))
                stateName = details["name"]?.GetValue<string>();
            if (key == "stateEnteredEventDetails")
                input = details["input"]?.GetValue<string>();
            if (key.StartsWith("mapIteration", StringComparison.Ordinal) && details["index"] is JsonValue index && index.TryGetValue<int>(out var number))
                iterationIndex = number;
            error ??= details["error"]?.GetValue<string>();
            cause ??= details["cause"]?.GetValue<string>();
        }
        return new HistoryEvent(ReadLong(item["id"]), ReadLong(item["previousEventId"]), type, stateName, iterationIndex, input, error, cause);
    }

    private static long ReadLong(JsonNode? node) => node is JsonValue value && value.TryGetValue<long>(out var number) ? number : 0;
}
