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
    private readonly PushdownPrefilter _pushdown;
    private readonly ArrayBufferWriter<byte> _projected = new(1024);

    public RecordPrefilter(RuleEngine engine, EventBridgePattern pushdown)
    {
        _engine = engine;
        _projection = new RecordProjection(engine.Pack.ReferencedPaths().Concat(EnvelopePushdown.RecordPaths(pushdown)));
        _pushdown = new PushdownPrefilter(pushdown);
    }

    public IReadOnlyList<string> ProjectedPaths => _projection.Paths;

    /// <summary>Throws <see cref="JsonException"/> when the record is not a JSON object.</summary>
    public PrefilterResult Evaluate(ReadOnlySpan<byte> record)
    {
        _projected.ResetWrittenCount();
        _projection.Project(record, _projected);
        // The pushdown re-projects this small projection to its own few fields: its $or alternatives each look fields
        // up by a linear scan, so fewer properties are much cheaper than a second walk of a short record.
        var pushdownMatched = _pushdown.PushdownMatches(_projected.WrittenSpan);
        using var document = JsonDocument.Parse(_projected.WrittenMemory);
        return new PrefilterResult(pushdownMatched, _engine.Evaluate(document.RootElement));
    }
}
