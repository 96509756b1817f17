using ActivityAware.Core.Rules.Projection;

namespace ActivityAware.Core.Rules.Capture;

/// <summary>
/// Numbers the field paths a set of patterns reads: one slot per record path, one per EventBridge envelope field (derived
/// from the record as <see cref="Normalization.EventBridgeEnvelope"/> derives it), and one that is always empty (an envelope
/// path such as <c>resources</c> that never holds a leaf).
/// </summary>
internal sealed class FieldLayout
{
    /// <summary>The top-level record fields an envelope is built from; their last string value counts, as in the envelope.</summary>
    public static readonly string[] EnvelopeInputs = ["eventID", "eventType", "eventSource", "recipientAccountId", "eventTime", "awsRegion"];

    /// <summary>The envelope's own string fields (its <c>resources</c> is an empty array, <c>detail</c> the record).</summary>
    public static readonly string[] EnvelopeFields = ["version", "id", "detail-type", "source", "account", "time", "region"];

    private const string DetailPrefix = "detail.";
    private readonly Dictionary<string, int> _recordSlots;

    /// <param name="derivesEnvelope">Whether the envelope's own fields are derived for every record (a pattern reads them).</param>
    public FieldLayout(IEnumerable<string> recordPaths, bool derivesEnvelope)
    {
        DerivesEnvelope = derivesEnvelope;
        RecordPaths = recordPaths.Concat(EnvelopeInputs).Distinct(StringComparer.Ordinal).ToArray();
        _recordSlots = RecordPaths.Select((path, slot) => (path, slot)).ToDictionary(p => p.path, p => p.slot, StringComparer.Ordinal);
        Root = ProjectionNode.Build(RecordPaths);
        EnvelopeInputSlots = EnvelopeInputs.Select(RecordSlot).ToArray();
    }

    public IReadOnlyList<string> RecordPaths { get; }

    public bool DerivesEnvelope { get; }

    /// <summary>The trie of <see cref="RecordPaths"/>; a leaf's <see cref="ProjectionNode.Slot"/> is its slot.</summary>
    public ProjectionNode Root { get; }

    public int[] EnvelopeInputSlots { get; }

    public int SlotCount => RecordPaths.Count + EnvelopeFields.Length + 1;

    public int EmptySlot => SlotCount - 1;

    public int EnvelopeFieldSlot(int field) => RecordPaths.Count + field;

    public int RecordSlot(string path) =>
        _recordSlots.TryGetValue(path, out var slot) ? slot : throw new ArgumentException($"'{path}' is not a path of this layout", nameof(path));

    /// <summary>The slot of a path of the envelope: <c>detail.x</c> is record path <c>x</c>.</summary>
    public int EnvelopeSlot(string path)
    {
        if (path.StartsWith(DetailPrefix, StringComparison.Ordinal)) return RecordSlot(path[DetailPrefix.Length..]);
        var field = Array.IndexOf(EnvelopeFields, path);
        return field >= 0 ? EnvelopeFieldSlot(field) : EmptySlot;
    }

    /// <summary>Whether an envelope pattern reading <paramref name="envelopePaths"/> needs the envelope's own fields.</summary>
    public static bool ReadsEnvelopeFields(IEnumerable<string> envelopePaths) => envelopePaths.Any(p => EnvelopeFields.Contains(p, StringComparer.Ordinal));

    /// <summary>The record paths that an envelope pattern's <c>detail.x</c> paths read.</summary>
    public static IEnumerable<string> DetailPaths(IEnumerable<string> envelopePaths) => envelopePaths
        .Where(p => p.StartsWith(DetailPrefix, StringComparison.Ordinal))
        .Select(p => p[DetailPrefix.Length..]);
}
