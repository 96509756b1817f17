using System.Security.Cryptography;
using System.Text.Json;
using ActivityAware.Core.CloudTrail;
using static ActivityAware.Core.Normalization.JsonElementReader;

namespace ActivityAware.Core.Normalization;

/// <summary>
/// Turns one CloudTrail record (eventVersion 1.0x–1.11) into a <see cref="NormalizedEvent"/>. Missing or oddly typed fields are
/// normal and read as null; it never throws on record content. Large fields are cut and listed in <c>TruncatedFields</c>.
/// </summary>
public sealed class EventNormalizer(NormalizerOptions options)
{
    public const string UnknownValue = "(unknown)";

    public EventNormalizer() : this(NormalizerOptions.Default) { }

    public NormalizedEvent Normalize(JsonElement record)
    {
        var truncated = new List<string>();
        return new NormalizedEvent
        {
            EventId = String(record, "eventID") ?? SyntheticEventId(record),
            EventTime = Timestamp(record, "eventTime"),
            EventVersion = String(record, "eventVersion"),
            EventSource = String(record, "eventSource") ?? UnknownValue,
            EventName = String(record, "eventName") ?? UnknownValue,
            EventType = String(record, "eventType"),
            EventCategory = String(record, "eventCategory"),
            ReadOnly = Boolean(record, "readOnly"),
            ManagementEvent = Boolean(record, "managementEvent"),
            ErrorCode = Text(record, "errorCode", truncated),
            ErrorMessage = Text(record, "errorMessage", truncated),
            AwsRegion = String(record, "awsRegion"),
            RecipientAccountId = String(record, "recipientAccountId"),
            SourceIpAddress = Text(record, "sourceIPAddress", truncated),
            UserAgent = Text(record, "userAgent", truncated),
            RequestId = String(record, "requestID"),
            VpcEndpointId = String(record, "vpcEndpointId"),
            Identity = IdentityParser.Parse(Object(record, "userIdentity")),
            RequestParameters = Json(record, "requestParameters", truncated),
            ResponseElements = Json(record, "responseElements", truncated),
            AdditionalEventData = Json(record, "additionalEventData", truncated),
            Resources = ReadResources(record, truncated),
            TruncatedFields = truncated,
        };
    }

    private string? Text(JsonElement record, string name, List<string> truncated)
    {
        var value = String(record, name);
        if (value is null || value.Length <= options.MaxTextLength) return value;
        truncated.Add(name);
        return string.Concat(value.AsSpan(0, options.MaxTextLength), "…");
    }

    private JsonElement? Json(JsonElement record, string name, List<string> truncated)
    {
        if (Any(record, name) is not { } value) return null;
        var (trimmed, wasCut) = JsonFieldTrimmer.Trim(value, options.MaxJsonFieldBytes);
        if (wasCut) truncated.Add(name);
        return trimmed;
    }

    private IReadOnlyList<EventResource> ReadResources(JsonElement record, List<string> truncated)
    {
        if (Any(record, "resources") is not { ValueKind: JsonValueKind.Array } array) return [];
        var resources = new List<EventResource>();
        foreach (var item in array.EnumerateArray())
        {
            if (resources.Count == options.MaxResources)
            {
                truncated.Add("resources");
                break;
            }
            if (item.ValueKind != JsonValueKind.Object) continue;
            resources.Add(new EventResource(
                Cap(String(item, "ARN") ?? String(item, "arn")),
                String(item, "accountId"),
                String(item, "type")));
        }
        return resources;
    }

    private string? Cap(string? text) => text is { Length: var n } && n > options.MaxTextLength ? text[..options.MaxTextLength] : text;

    /// <summary>Records without eventID (hand-made or very old) still need a stable id so deduplication and dead letters can name them.</summary>
    private static string SyntheticEventId(JsonElement record)
    {
        var hash = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(record.GetRawText()));
        return "sha256:" + Convert.ToHexStringLower(hash, 0, 16);
    }
}
