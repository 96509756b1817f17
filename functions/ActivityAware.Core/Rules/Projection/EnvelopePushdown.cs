using System.Buffers;
using System.Text.Json;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Rules.Pushdown;

namespace ActivityAware.Core.Rules.Projection;

/// <summary>
/// Checks the pushdown pattern against the EventBridge envelope of a projected record, built by the same
/// <see cref="EventBridgeEnvelope.Write"/> as the full one. The projection must keep <see cref="RecordPaths"/>: the
/// pattern's <c>detail.*</c> paths and the top-level fields the envelope is made from. Reuses its buffers.
/// </summary>
internal sealed class EnvelopePushdown(EventBridgePattern pushdown)
{
    private const string DetailPrefix = "detail.";
    private static readonly string[] EnvelopeFields = ["eventID", "eventType", "eventSource", "recipientAccountId", "eventTime", "awsRegion"];
    private readonly ArrayBufferWriter<byte> _envelope = new(4096);
    private Utf8JsonWriter? _writer;

    /// <summary>The record paths a projection must keep for this check to equal the check of the full envelope.</summary>
    public static IReadOnlyList<string> RecordPaths(EventBridgePattern pushdown)
    {
        var paths = pushdown.ReferencedPaths();
        if (paths.Contains("detail"))
            throw new ArgumentException("the pushdown pattern compares 'detail' itself to a value; only paths below 'detail' can be projected", nameof(pushdown));
        return paths.Where(p => p.StartsWith(DetailPrefix, StringComparison.Ordinal))
            .Select(p => p[DetailPrefix.Length..])
            .Concat(EnvelopeFields)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    public bool Matches(ReadOnlySpan<byte> projectedRecord)
    {
        _envelope.ResetWrittenCount();
        var writer = _writer ??= new Utf8JsonWriter(_envelope);
        writer.Reset(_envelope);
        EventBridgeEnvelope.Write(projectedRecord, writer);
        using var document = JsonDocument.Parse(_envelope.WrittenMemory);
        return pushdown.Matches(document.RootElement);
    }
}
