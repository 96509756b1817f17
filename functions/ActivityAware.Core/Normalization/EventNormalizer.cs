using System.Security.Cryptography;
using System.Text.Json;
using ActivityAware.Core.CloudTrail;
using static ActivityAware.Core.Normalization.JsonElementReader;

namespace ActivityAware.Core.Normalization;

/// <summary>
/// Turns one CloudTrail record (eventVersion 1.0x–1.11; management, data, network activity or Insights event) into a <see cref="NormalizedEvent"/>. Missing or oddly typed fields are
/// normal and read as null; it never throws on record content. Large fields are cut and listed in <c>TruncatedFields</c>.
/// </summary>
public sealed class EventNormalizer(NormalizerOptions options)
{
    public const string UnknownValue = "(unknown)";

    public EventNormalizer() : this(NormalizerOptions.Default) { }

    private static readonly PropertyTable TopLevel = new(
        "eventID", "eventTime", "eventVersion", "eventSource", "eventName", "eventType", "eventCategory", "readOnly", "managementEvent",
        "errorCode", "errorMessage", "awsRegion", "recipientAccountId", "sourceIPAddress", "userAgent", "requestID", "vpcEndpointId",
        "userIdentity", "requestParameters", "responseElements", "additionalEventData", "resources", "insightDetails");

    // Indexes into TopLevel's names.
    private const int EventIdField = 0;
    private const int EventTimeField = 1;
    private const int EventVersionField = 2;
    private const int EventSourceField = 3;
    private const int EventNameField = 4;
    private const int EventTypeField = 5;
    private const int EventCategoryField = 6;
    private const int ReadOnlyField = 7;
    private const int ManagementEventField = 8;
    private const int ErrorCodeField = 9;
    private const int ErrorMessageField = 10;
    private const int AwsRegionField = 11;
    private const int RecipientAccountIdField = 12;
    private const int SourceIpAddressField = 13;
    private const int UserAgentField = 14;
    private const int RequestIdField = 15;
    private const int VpcEndpointIdField = 16;
    private const int UserIdentityField = 17;
    private const int RequestParametersField = 18;
    private const int ResponseElementsField = 19;
    private const int AdditionalEventDataField = 20;
    private const int ResourcesField = 21;
    private const int InsightDetailsField = 22;

    public NormalizedEvent Normalize(JsonElement record)
    {
        var truncated = new List<string>();
        // One pass over the record's properties, in the table's order.
        var v = TopLevel.Read(record);
        // An Insights event names the API it is about in insightDetails, not at the top.
        var insight = Object(v[InsightDetailsField]);
        return new NormalizedEvent
        {
            EventId = String(v[EventIdField]) ?? SyntheticEventId(record),
            EventTime = Timestamp(v[EventTimeField]),
            EventVersion = String(v[EventVersionField]),
            EventSource = String(v[EventSourceField]) ?? String(insight, "eventSource") ?? UnknownValue,
            EventName = String(v[EventNameField]) ?? String(insight, "eventName") ?? UnknownValue,
            EventType = String(v[EventTypeField]),
            EventCategory = String(v[EventCategoryField]),
            ReadOnly = Boolean(v[ReadOnlyField]),
            ManagementEvent = Boolean(v[ManagementEventField]),
            ErrorCode = Text(v[ErrorCodeField], "errorCode", truncated),
            ErrorMessage = Text(v[ErrorMessageField], "errorMessage", truncated),
            AwsRegion = String(v[AwsRegionField]),
            RecipientAccountId = String(v[RecipientAccountIdField]),
            SourceIpAddress = Text(v[SourceIpAddressField], "sourceIPAddress", truncated),
            UserAgent = Text(v[UserAgentField], "userAgent", truncated),
            RequestId = String(v[RequestIdField]),
            VpcEndpointId = String(v[VpcEndpointIdField]),
            Identity = IdentityParser.Parse(Object(v[UserIdentityField]), String(Object(v[AdditionalEventDataField]), "UserName")),
            RequestParameters = Json(v[RequestParametersField], "requestParameters", truncated),
            ResponseElements = Json(v[ResponseElementsField], "responseElements", truncated),
            AdditionalEventData = Json(v[AdditionalEventDataField], "additionalEventData", truncated),
            Resources = ReadResources(v[ResourcesField], truncated),
            TruncatedFields = truncated,
        };
    }

    private string? Text(JsonElement property, string name, List<string> truncated)
    {
        var value = String(property);
        if (value is null || value.Length <= options.MaxTextLength) return value;
        truncated.Add(name);
        return string.Concat(value.AsSpan(0, CutAt(value, options.MaxTextLength)), "…");
    }

    /// <summary>Never between the two halves of a surrogate pair (an emoji, say): a lone half is written as U+FFFD.</summary>
    private static int CutAt(string text, int length) => char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;

    private JsonElement? Json(JsonElement property, string name, List<string> truncated)
    {
        if (Any(property) is not { } value) return null;
        var (trimmed, wasCut) = JsonFieldTrimmer.Trim(value, options.MaxJsonFieldBytes);
        if (wasCut) truncated.Add(name);
        return trimmed;
    }

    private IReadOnlyList<EventResource> ReadResources(JsonElement property, List<string> truncated)
    {
        if (Any(property) is not { ValueKind: JsonValueKind.Array } array) return [];
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

    private string? Cap(string? text) => text is { Length: var n } && n > options.MaxTextLength ? text[..CutAt(text, options.MaxTextLength)] : text;

    /// <summary>Records without eventID (hand-made or very old) still need a stable id so deduplication and dead letters can name them.</summary>
    private static string SyntheticEventId(JsonElement record)
    {
        var hash = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(record.GetRawText()));
        return "sha256:" + Convert.ToHexStringLower(hash, 0, 16);
    }
}
