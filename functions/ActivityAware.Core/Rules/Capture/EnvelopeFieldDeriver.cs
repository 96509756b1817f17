using ActivityAware.Core.Normalization;

namespace ActivityAware.Core.Rules.Capture;

/// <summary>
/// Adds the EventBridge envelope's own fields to a record's captured leaves, derived from the record's top-level strings
/// exactly as <see cref="EventBridgeEnvelope.Write"/> derives them, so an envelope pattern needs no envelope written and parsed.
/// </summary>
internal static class EnvelopeFieldDeriver
{
    private const int EventId = 0, EventType = 1, EventSource = 2, RecipientAccountId = 3, EventTime = 4, AwsRegion = 5;
    private const int Version = 0, Id = 1, DetailType = 2, Source = 3, Account = 4, Time = 5, Region = 6;

    public static void Derive(RecordFields fields, FieldLayout layout)
    {
        fields.AddString(layout.EnvelopeFieldSlot(Version), "0"u8);
        fields.AddString(layout.EnvelopeFieldSlot(Id), InputOrEmpty(fields, EventId));
        fields.AddString(layout.EnvelopeFieldSlot(DetailType), DetailTypeFor(fields));
        AddSource(fields, layout.EnvelopeFieldSlot(Source));
        fields.AddString(layout.EnvelopeFieldSlot(Account), InputOrEmpty(fields, RecipientAccountId));
        fields.AddString(layout.EnvelopeFieldSlot(Time), InputOrEmpty(fields, EventTime));
        fields.AddString(layout.EnvelopeFieldSlot(Region), InputOrEmpty(fields, AwsRegion));
    }

    private static ReadOnlySpan<byte> InputOrEmpty(RecordFields fields, int input) =>
        fields.TryGetEnvelopeInput(input, out var text) ? text : [];

    private static ReadOnlySpan<byte> DetailTypeFor(RecordFields fields)
    {
        fields.TryGetEnvelopeInput(EventType, out var type);
        return type.SequenceEqual("AwsConsoleSignIn"u8) ? "AWS Console Sign In via CloudTrail"u8
            : type.SequenceEqual("AwsServiceEvent"u8) ? "AWS Service Event via CloudTrail"u8
            : type.SequenceEqual("AwsConsoleAction"u8) ? "AWS Console Action via CloudTrail"u8
            : "AWS API Call via CloudTrail"u8;
    }

    /// <summary><c>s3.amazonaws.com</c> → <c>aws.s3</c>, as <see cref="EventBridgeEnvelope.SourceFor"/>.</summary>
    private static void AddSource(RecordFields fields, int slot)
    {
        if (!fields.TryGetEnvelopeInput(EventSource, out var eventSource) || eventSource.IsEmpty)
        {
            fields.AddString(slot, "aws.unknown"u8);
            return;
        }
        var dot = eventSource.IndexOf((byte)'.');
        var service = dot > 0 ? eventSource[..dot] : eventSource;
        // If the buffer grows, service still reads the old array, which keeps its bytes.
        var buffer = fields.TextBuffer(4 + service.Length);
        "aws."u8.CopyTo(buffer);
        service.CopyTo(buffer[4..]);
        fields.AddString(slot, 4 + service.Length);
    }
}
