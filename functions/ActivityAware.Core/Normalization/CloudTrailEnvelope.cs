using System.Text.Json;

namespace ActivityAware.Core.Normalization;

/// <summary>
/// Finds the CloudTrail record inside whatever shape a step receives: an EventBridge event (the record is <c>detail</c>),
/// an <c>aws cloudtrail lookup-events</c> entry (the record is the JSON string <c>CloudTrailEvent</c>), or the record itself.
/// </summary>
public static class CloudTrailEnvelope
{
    /// <summary>The EventBridge detail types whose detail is a CloudTrail record.</summary>
    public static readonly IReadOnlySet<string> CloudTrailDetailTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "AWS API Call via CloudTrail",
        "AWS Console Sign In via CloudTrail",
        // How the EventBridge User Guide spells the sign-in type; a detail-type is compared exactly, so both are accepted.
        "AWS Console Signin via CloudTrail",
        "AWS Service Event via CloudTrail",
        "AWS Console Action via CloudTrail",
        "AWS Insight via CloudTrail",
        // Network activity events (eventType AwsVpceEvent, eventCategory NetworkActivity).
        "AWS Network Activity Event via CloudTrail",
    };

    public static bool IsEventBridgeEvent(JsonElement input) =>
        input.ValueKind == JsonValueKind.Object && input.TryGetProperty("detail-type", out _) && input.TryGetProperty("detail", out _);

    public static bool IsLookupEventsEntry(JsonElement input) =>
        input.ValueKind == JsonValueKind.Object && input.TryGetProperty("CloudTrailEvent", out var text) && text.ValueKind == JsonValueKind.String;

    /// <summary>
    /// A record has the fields every CloudTrail event version carries, or is an Insights event: those name the API in
    /// <c>insightDetails</c> instead (eventCategory Insight, eventType AwsCloudTrailInsight) and match no rule, but are not malformed.
    /// </summary>
    public static bool IsRecord(JsonElement input) =>
        input.ValueKind == JsonValueKind.Object
        && ((input.TryGetProperty("eventSource", out _) && input.TryGetProperty("eventName", out _))
            || (input.TryGetProperty("insightDetails", out var insight) && insight.ValueKind == JsonValueKind.Object));

    /// <summary>The record, or an error in words saying what the input looked like instead. A lookup-events entry is parsed into a new document the caller owns.</summary>
    public static UnwrapResult Unwrap(JsonElement input)
    {
        if (input.ValueKind != JsonValueKind.Object)
            return UnwrapResult.Fail($"expected a JSON object, found {input.ValueKind}");

        if (IsEventBridgeEvent(input))
        {
            var detailType = input.GetProperty("detail-type");
            var name = detailType.ValueKind == JsonValueKind.String ? detailType.GetString() : null;
            if (name is null || !CloudTrailDetailTypes.Contains(name))
                return UnwrapResult.Fail($"EventBridge event with detail-type '{Shorten(name ?? detailType.GetRawText())}' is not a CloudTrail event");
            var detail = input.GetProperty("detail");
            return IsRecord(detail) ? UnwrapResult.Ok(detail, null) : UnwrapResult.Fail("EventBridge event whose detail has no eventSource/eventName");
        }

        if (IsLookupEventsEntry(input))
        {
            JsonDocument parsed;
            try { parsed = JsonDocument.Parse(input.GetProperty("CloudTrailEvent").GetString()!); }
            catch (JsonException e) { return UnwrapResult.Fail($"lookup-events entry whose CloudTrailEvent is not valid JSON: {e.Message}"); }
            if (IsRecord(parsed.RootElement)) return UnwrapResult.Ok(parsed.RootElement, parsed);
            parsed.Dispose();
            return UnwrapResult.Fail("lookup-events entry whose CloudTrailEvent has no eventSource/eventName");
        }

        return IsRecord(input)
            ? UnwrapResult.Ok(input, null)
            : UnwrapResult.Fail("object is neither a CloudTrail record (no eventSource/eventName), an EventBridge event, nor a lookup-events entry");
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
