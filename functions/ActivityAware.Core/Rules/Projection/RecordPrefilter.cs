using System.Buffers;
using System.Text.Json;
using ActivityAware.Core.CloudTrail.Reading;
using ActivityAware.Core.Rules.Capture;
using ActivityAware.Core.Rules.Patterns;
using ActivityAware.Core.Rules.Pushdown;

namespace ActivityAware.Core.Rules.Projection;

/// <summary>
/// Evaluates the pushdown pattern and the rule pack for each record in one reader pass over it: the leaves of the fields any
/// pattern reads are captured, and a record that no rule matches (most of them) is decided from those alone. When a rule
/// matches, the record is projected to those fields (and the rules' dedupe fields) and parsed, and the engine builds the
/// matches with their reasons and keys from that small document. Results equal those over the full record (tested).
/// As a reader's <see cref="IRecordScreen"/> it checks the pushdown alone in the reader's own pass (capturing only the few
/// fields the pushdown reads, as <see cref="PushdownPrefilter"/> does): the records it filters out, nearly all of them, are
/// neither copied nor read again; the rest are evaluated against the pack as usual.
/// Build once per thread; not safe for concurrent use.
/// </summary>
public sealed class RecordPrefilter : IRecordScreen
{
    private readonly RuleEngine _engine;
    private readonly RecordFieldScanner _scanner;
    private readonly RecordFields _fields;
    private readonly CapturedPattern _capturedPushdown;
    private readonly RuleScreen _screen;
    private readonly RecordProjection _projection;
    private readonly EnvelopePushdown _pushdown;
    private readonly PushdownPrefilter _pushdownScreen;
    private readonly ArrayBufferWriter<byte> _projected = new(1024);

    public RecordPrefilter(RuleEngine engine, EventBridgePattern pushdown)
    {
        _engine = engine;
        var pushdownPaths = EnvelopePushdown.RecordPaths(pushdown);
        var layout = new FieldLayout(engine.Pack.ReferencedPaths().Concat(pushdownPaths), FieldLayout.ReadsEnvelopeFields(pushdown.ReferencedPaths()));
        _scanner = new RecordFieldScanner(layout);
        _fields = new RecordFields(layout.SlotCount);
        _capturedPushdown = new CapturedPattern(EventPatternCompiler.CompileJson(pushdown.Json), layout.EnvelopeSlot, policyHolds: true);
        _screen = new RuleScreen(engine.EvaluatedRules, layout);
        var dedupeFields = engine.Pack.Rules.SelectMany(r => r.Dedupe?.Fields ?? []);
        _projection = new RecordProjection(layout.RecordPaths.Concat(dedupeFields));
        _pushdown = new EnvelopePushdown(pushdown);
        _pushdownScreen = new PushdownPrefilter(pushdown);
    }

    public IReadOnlyList<string> ProjectedPaths => _projection.Paths;

    public bool TryScreen(ref Utf8JsonReader reader, out ScreenVerdict verdict) => _pushdownScreen.TryScreen(ref reader, out verdict);

    /// <summary>A record this prefilter passed as the reader's screen is known to pass the pushdown; any other is evaluated in full.</summary>
    public PrefilterResult Evaluate(RawRecord record) => Evaluate(record.Json.Span, record.PassedBy == this ? true : null);

    /// <summary>Throws <see cref="JsonException"/> when the record is not a JSON object.</summary>
    public PrefilterResult Evaluate(ReadOnlySpan<byte> record) => Evaluate(record, knownPushdown: null);

    private PrefilterResult Evaluate(ReadOnlySpan<byte> record, bool? knownPushdown)
    {
        if (!_scanner.Scan(record, _fields)) return EvaluateProjected(record, knownPushdown);
        var pushdownMatched = knownPushdown ?? _capturedPushdown.Matches(_fields);
        return _screen.AnyMatches(_fields)
            ? EvaluateProjected(record, pushdownMatched)
            : new PrefilterResult(pushdownMatched, Array.Empty<RuleMatch>());
    }

    private PrefilterResult EvaluateProjected(ReadOnlySpan<byte> record, bool? pushdownMatched)
    {
        _projected.ResetWrittenCount();
        _projection.Project(record, _projected);
        // One parse serves both: the pushdown's detail part and the rules read the same projected record.
        using var document = JsonDocument.Parse(_projected.WrittenMemory);
        var pushdown = pushdownMatched ?? _pushdown.Matches(_projected.WrittenSpan, document.RootElement);
        return new PrefilterResult(pushdown, _engine.Evaluate(document.RootElement));
    }
}
