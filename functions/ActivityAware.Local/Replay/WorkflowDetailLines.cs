using System.Globalization;
using System.Text.Json;

namespace ActivityAware.Local.Replay;

/// <summary>
/// What the workflow added to an alert, as labelled lines for the text output: why a call was denied and the policy statement that
/// would allow it, how many similar alerts the dedupe window suppressed, enrichment failures, and what each destination did.
/// </summary>
public static class WorkflowDetailLines
{
    public static IEnumerable<(string Label, string Text)> From(JsonElement? details)
    {
        if (details is not { ValueKind: JsonValueKind.Object } d) yield break;

        if (d.TryGetProperty("enrichment", out var enrichment))
        {
            if (Text(enrichment, "denialReason") is { } reason)
                yield return ("why", Text(enrichment, "denialExplanation") is { } explanation ? $"{reason}: {explanation}" : reason);
            if (Text(enrichment, "suggestedPolicyStatement") is { } statement)
                yield return ("suggest", statement);
        }
        if (d.TryGetProperty("enrichmentError", out var enrichmentError))
            yield return ("enrich", $"failed ({Text(enrichmentError, "Error") ?? "unknown error"}); the alert went out without it");
        if (d.TryGetProperty("dedupe", out var dedupe))
        {
            if (dedupe.TryGetProperty("suppressedCount", out var suppressed) && suppressed.TryGetInt64(out var count) && count > 0)
                yield return ("dedupe", $"{count.ToString(CultureInfo.InvariantCulture)} similar alert(s) were suppressed in the previous window");
            if (dedupe.TryGetProperty("failedOpen", out var failedOpen) && failedOpen.ValueKind == JsonValueKind.True)
                yield return ("dedupe", "the dedupe store could not be reached; sent without deduplication");
        }
        if (d.TryGetProperty("deliveries", out var deliveries) && deliveries.ValueKind == JsonValueKind.Array)
        {
            foreach (var delivery in deliveries.EnumerateArray())
                yield return ("sent", $"{Text(delivery, "destination") ?? "?"} ({Text(delivery, "type") ?? "?"}): {Text(delivery, "status") ?? "?"}");
        }
    }

    private static string? Text(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
