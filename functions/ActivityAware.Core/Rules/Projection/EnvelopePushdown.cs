using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Rules.Patterns;
using ActivityAware.Core.Rules.Pushdown;

namespace ActivityAware.Core.Rules.Projection;

/// <summary>
/// Checks the pushdown pattern for a projected record as it would be checked on the record's EventBridge envelope. A
/// pattern whose top level is <c>{ envelope fields…, "detail": { … } }</c> is split: the <c>detail</c> part is matched on
/// the record itself, the rest on the envelope's own fields written by <see cref="EventBridgeEnvelope.Write"/> without
/// the detail. Any other shape (a top-level <c>$or</c>) is matched on the full envelope. Reuses its buffers.
/// </summary>
internal sealed class EnvelopePushdown
{
    private const string DetailPrefix = "detail.";
    private static readonly string[] EnvelopeFields = ["eventID", "eventType", "eventSource", "recipientAccountId", "eventTime", "awsRegion"];
    private readonly EventBridgePattern _pushdown;
    private readonly EventPattern? _envelopePart;
    private readonly EventPattern? _detailPart;
    private readonly bool _split;
    private readonly ArrayBufferWriter<byte> _envelope = new(4096);
    private Utf8JsonWriter? _writer;

    public EnvelopePushdown(EventBridgePattern pushdown)
    {
        _pushdown = pushdown;
        var top = JsonNode.Parse(pushdown.Json) as JsonObject;
        if (top is null || top.ContainsKey("$or") || top["detail"] is not (null or JsonObject)) return;
        _split = true;
        if (top["detail"] is JsonObject detail) _detailPart = EventPatternCompiler.CompileJson(detail.ToJsonString());
        top.Remove("detail");
        if (top.Count > 0) _envelopePart = EventPatternCompiler.CompileJson(top.ToJsonString());
    }

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

    /// <param name="projectedRecord">The record projected to at least <see cref="RecordPaths"/>.</param>
    /// <param name="projectedRoot">The same bytes parsed; the caller owns the document.</param>
    public bool Matches(ReadOnlySpan<byte> projectedRecord, JsonElement projectedRoot)
    {
        if (!_split)
        {
            using var envelope = Write(projectedRecord, includeDetail: true);
            return _pushdown.Matches(envelope.RootElement);
        }
        // Wrapping rejects a record that is not an object; the split check must too, before either part decides.
        if (projectedRoot.ValueKind != JsonValueKind.Object) throw new JsonException("a CloudTrail record must be a JSON object");
        // The detail part goes first: it rejects most records, which then need no envelope at all.
        if (_detailPart is not null && !_detailPart.Matches(projectedRoot)) return false;
        if (_envelopePart is null) return true;
        using var fields = Write(projectedRecord, includeDetail: false);
        return _envelopePart.Matches(fields.RootElement);
    }

    private JsonDocument Write(ReadOnlySpan<byte> projectedRecord, bool includeDetail)
    {
        _envelope.ResetWrittenCount();
        var writer = _writer ??= new Utf8JsonWriter(_envelope);
        writer.Reset(_envelope);
        EventBridgeEnvelope.Write(projectedRecord, writer, includeDetail);
        return JsonDocument.Parse(_envelope.WrittenMemory);
    }
}
