using System.Buffers;
using System.Text.Json;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Rules.Capture;
using ActivityAware.Core.Rules.Patterns;
using ActivityAware.Core.Rules.Pushdown;

namespace ActivityAware.Core.Rules.Projection;

/// <summary>
/// Answers "would the EventBridge rule pass this CloudTrail record?" without parsing the whole record: one reader pass
/// captures the leaves of the fields the pattern reads, the envelope's own fields are derived from them as
/// <see cref="Normalization.EventBridgeEnvelope"/> derives them, and the pattern is matched over those leaves. The rare
/// record the capture cannot decide (see <see cref="RecordFieldScanner"/>) is projected, wrapped and matched as a document.
/// Equals <c>pushdown.Matches(parse(EventBridgeEnvelope.Wrap(record)))</c> for every record (tested). As a reader's
/// <see cref="IRecordScreen"/> it makes the same capture in the reader's own pass, so a log file's records are read once.
/// Build once per thread; not safe for concurrent use.
/// </summary>
public sealed class PushdownPrefilter : IRecordScreen
{
    private readonly RecordFieldScanner _scanner;
    private readonly RecordFields _fields;
    private readonly CapturedPattern _captured;
    private readonly RecordProjection _projection;
    private readonly EnvelopePushdown _pushdown;
    private readonly ArrayBufferWriter<byte> _projected = new(1024);

    public PushdownPrefilter(EventBridgePattern pushdown)
    {
        var recordPaths = EnvelopePushdown.RecordPaths(pushdown);
        var layout = new FieldLayout(recordPaths, FieldLayout.ReadsEnvelopeFields(pushdown.ReferencedPaths()));
        _scanner = new RecordFieldScanner(layout);
        _fields = new RecordFields(layout.SlotCount);
        _captured = new CapturedPattern(EventPatternCompiler.CompileJson(pushdown.Json), layout.EnvelopeSlot, policyHolds: true);
        _projection = new RecordProjection(recordPaths);
        _pushdown = new EnvelopePushdown(pushdown);
    }

    /// <summary>Passes exactly the records <see cref="PushdownMatches(ReadOnlySpan{byte})"/> would pass; leaves undecided those it would decide on a document.</summary>
    public bool TryScreen(ref Utf8JsonReader reader, out ScreenVerdict verdict)
    {
        var outcome = _scanner.Scan(ref reader, _fields);
        verdict = outcome == ScanOutcome.Captured
            ? _captured.Matches(_fields) ? ScreenVerdict.Passed : ScreenVerdict.Rejected
            : ScreenVerdict.Undecided;
        return outcome != ScanOutcome.NeedData;
    }

    /// <summary>True at once for a record this prefilter passed as the reader's screen; otherwise as <see cref="PushdownMatches(ReadOnlySpan{byte})"/>.</summary>
    public bool PushdownMatches(RawRecord record) => record.PassedBy == this || PushdownMatches(record.Json.Span);

    /// <summary>Throws <see cref="JsonException"/> when the record is not a JSON object, as wrapping it would.</summary>
    public bool PushdownMatches(ReadOnlySpan<byte> record)
    {
        if (_scanner.Scan(record, _fields)) return _captured.Matches(_fields);
        _projected.ResetWrittenCount();
        _projection.Project(record, _projected);
        using var document = JsonDocument.Parse(_projected.WrittenMemory);
        return _pushdown.Matches(_projected.WrittenSpan, document.RootElement);
    }
}
