using System.Buffers;
using System.Text.Json;

namespace ActivityAware.Core.Normalization;

/// <summary>
/// Wraps a CloudTrail record the way EventBridge delivers it (<c>source</c> aws.&lt;service&gt;, <c>detail-type</c> from eventType,
/// <c>detail</c> = the record), so the local runner feeds the state machine and the pushdown pattern exactly what AWS would.
/// The record's bytes are copied, not re-serialized: only its top-level scalars are read.
/// </summary>
public static class EventBridgeEnvelope
{
    public static byte[] Wrap(ReadOnlySpan<byte> record)
    {
        var buffer = new ArrayBufferWriter<byte>(record.Length + 512);
        using (var writer = new Utf8JsonWriter(buffer)) Write(record, writer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writes the envelope of <paramref name="record"/> to <paramref name="writer"/> and flushes it; without
    /// <paramref name="includeDetail"/>, only the fields derived from the record (for patterns that read no <c>detail</c>).
    /// </summary>
    public static void Write(ReadOnlySpan<byte> record, Utf8JsonWriter writer, bool includeDetail = true)
    {
        var fields = TopLevelFields.Read(record);
        writer.WriteStartObject();
        writer.WriteString("version", "0");
        writer.WriteString("id", fields.EventId ?? "");
        writer.WriteString("detail-type", DetailTypeFor(fields.EventType));
        writer.WriteString("source", SourceFor(fields.EventSource));
        writer.WriteString("account", fields.RecipientAccountId ?? "");
        writer.WriteString("time", fields.EventTime ?? "");
        writer.WriteString("region", fields.AwsRegion ?? "");
        writer.WriteStartArray("resources");
        writer.WriteEndArray();
        if (includeDetail)
        {
            writer.WritePropertyName("detail");
            writer.WriteRawValue(record, skipInputValidation: true);
        }
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>The EventBridge detail-type of a CloudTrail eventType (AwsApiCall and unknown types are API calls).</summary>
    public static string DetailTypeFor(string? eventType) => eventType switch
    {
        "AwsConsoleSignIn" => "AWS Console Sign In via CloudTrail",
        "AwsServiceEvent" => "AWS Service Event via CloudTrail",
        "AwsConsoleAction" => "AWS Console Action via CloudTrail",
        _ => "AWS API Call via CloudTrail",
    };

    /// <summary><c>s3.amazonaws.com</c> → <c>aws.s3</c>; the service name is everything before the first dot.</summary>
    public static string SourceFor(string? eventSource)
    {
        if (string.IsNullOrEmpty(eventSource)) return "aws.unknown";
        var dot = eventSource.IndexOf('.');
        return "aws." + (dot > 0 ? eventSource[..dot] : eventSource);
    }

    private readonly record struct TopLevelFields(
        string? EventId, string? EventType, string? EventSource, string? RecipientAccountId, string? EventTime, string? AwsRegion)
    {
        public static TopLevelFields Read(ReadOnlySpan<byte> record)
        {
            var reader = new Utf8JsonReader(record);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                throw new JsonException("a CloudTrail record must be a JSON object");
            var fields = new TopLevelFields();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // Names are compared unescaped ("event\u0053ource" is eventSource), as JSON and the patterns read them.
                var name = Name(ref reader);
                reader.Read();
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                    continue;
                }
                if (reader.TokenType != JsonTokenType.String) continue;
                if (name == KnownName.EventID) fields = fields with { EventId = reader.GetString() };
                else if (name == KnownName.EventType) fields = fields with { EventType = reader.GetString() };
                else if (name == KnownName.EventSource) fields = fields with { EventSource = reader.GetString() };
                else if (name == KnownName.RecipientAccountId) fields = fields with { RecipientAccountId = reader.GetString() };
                else if (name == KnownName.EventTime) fields = fields with { EventTime = reader.GetString() };
                else if (name == KnownName.AwsRegion) fields = fields with { AwsRegion = reader.GetString() };
            }
            return fields;
        }

        private static KnownName Name(ref Utf8JsonReader reader) =>
            reader.ValueTextEquals("eventID"u8) ? KnownName.EventID
            : reader.ValueTextEquals("eventType"u8) ? KnownName.EventType
            : reader.ValueTextEquals("eventSource"u8) ? KnownName.EventSource
            : reader.ValueTextEquals("recipientAccountId"u8) ? KnownName.RecipientAccountId
            : reader.ValueTextEquals("eventTime"u8) ? KnownName.EventTime
            : reader.ValueTextEquals("awsRegion"u8) ? KnownName.AwsRegion
            : KnownName.Other;
    }

    private enum KnownName
    {
        Other,
        EventID,
        EventType,
        EventSource,
        RecipientAccountId,
        EventTime,
        AwsRegion,
    }
}
