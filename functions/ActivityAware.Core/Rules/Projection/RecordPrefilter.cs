using System.Buffers;
using System.Text.Json;
using ActivityAware.Core.Rules.Pushdown;

namespace ActivityAware.Core.Rules.Projection;

/// <summary>
/// Evaluates the pushdown pattern and the rule pack over a small projection of each record (only the fields any of their
/// patterns read), so the full record needs parsing and normalizing only when something matched. Results equal those
/// over the full record (tested). Build once per thread; not safe for concurrent use.
/// </summary>
public sealed class RecordPrefilter
{
    private readonly RuleEngine _engine;
    private readonly RecordProjection _projection;
    private readonly EnvelopePushdown _pushdown;
    private readonly ArrayBufferWriter<byte> _projected = new(1024);

    public RecordPrefilter(RuleEngine engine, EventBridgePattern pushdown)
    {
        _engine = engine;
        _projection = new RecordProjection(engine.Pack.ReferencedPaths().Concat(EnvelopePushdown.RecordPaths(pushdown)));
        _pushdown = new EnvelopePushdown(pushdown);
    }

    public IReadOnlyList<string> ProjectedPaths => _projection.Paths;

    /// <summary>Throws <see cref="JsonException"/> when the record is not a JSON object.</summary>
    public PrefilterResult Evaluate(ReadOnlySpan<byte> record)
    {
        _projected.ResetWrittenCount();
        _projection.Project(record, _projected);
        // One parse serves both: the pushdown's detail part and the rules read the same projected record.
        using var document = JsonDocument.Parse(_projected.WrittenMemory);
        var pushdownMatched = _pushdown.Matches(_projected.WrittenSpan, document.RootElement);
        return new PrefilterResult(pushdownMatched, _engine.Evaluate(document.RootElement));
    }
}
