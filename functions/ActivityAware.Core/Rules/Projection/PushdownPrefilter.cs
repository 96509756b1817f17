using System.Buffers;
using System.Text.Json;
using ActivityAware.Core.Rules.Pushdown;

namespace ActivityAware.Core.Rules.Projection;

/// <summary>
/// Answers "would the EventBridge rule pass this CloudTrail record?" without parsing the whole record: the record is
/// projected to the fields the pattern reads, wrapped as <see cref="Normalization.EventBridgeEnvelope"/> would wrap it,
/// and matched. Equals <c>pushdown.Matches(parse(EventBridgeEnvelope.Wrap(record)))</c> for every record (tested).
/// Build once per thread; not safe for concurrent use.
/// </summary>
public sealed class PushdownPrefilter
{
    private readonly RecordProjection _projection;
    private readonly EnvelopePushdown _pushdown;
    private readonly ArrayBufferWriter<byte> _projected = new(1024);

    public PushdownPrefilter(EventBridgePattern pushdown)
    {
        _projection = new RecordProjection(EnvelopePushdown.RecordPaths(pushdown));
        _pushdown = new EnvelopePushdown(pushdown);
    }

    /// <summary>Throws <see cref="JsonException"/> when the record is not a JSON object, as wrapping it would.</summary>
    public bool PushdownMatches(ReadOnlySpan<byte> record)
    {
        _projected.ResetWrittenCount();
        _projection.Project(record, _projected);
        using var document = JsonDocument.Parse(_projected.WrittenMemory);
        return _pushdown.Matches(_projected.WrittenSpan, document.RootElement);
    }
}
