using System.Text.Json;
using System.Text.Unicode;
using ActivityAware.Core.Rules.Projection;

namespace ActivityAware.Core.Rules.Capture;

/// <summary>
/// Reads a record once with <see cref="Utf8JsonReader"/> and keeps the scalar leaves of a <see cref="FieldLayout"/>'s paths;
/// everything else is skipped (still validated). Names are compared unescaped. Records whose leaves could read differently
/// through a parsed document are not decided here (<see cref="ScanOutcome.Undecided"/>): a referenced property repeated in
/// one object (a document reads the last one only), names and string values that cannot be unescaped to valid UTF-8 (a
/// document throws when it decodes them), and records nested deeper than a document's default limit. Works over a whole
/// record or, inside a stream, over a window that may end mid-record (<see cref="ScanOutcome.NeedData"/>). Not safe for concurrent use.
/// </summary>
internal sealed class RecordFieldScanner
{
    /// <summary>A document (and the span reader) reads at most this many nested levels by default; deeper records throw there.</summary>
    private const int DocumentMaxDepth = 64;

    private readonly FieldLayout _layout;
    private readonly int[] _envelopeInputOfNode;
    private readonly long[] _seenInObject;
    private long _objectSerial;
    private byte[] _unescapedName = new byte[256];
    private int _recordDepth;
    private bool _undecided;

    public RecordFieldScanner(FieldLayout layout)
    {
        _layout = layout;
        _seenInObject = new long[layout.Root.NodeCount];
        _envelopeInputOfNode = new int[layout.Root.NodeCount];
        _envelopeInputOfNode.AsSpan().Fill(-1);
        for (var input = 0; input < FieldLayout.EnvelopeInputs.Length; input++)
        {
            var node = layout.Root.Find(System.Text.Encoding.UTF8.GetBytes(FieldLayout.EnvelopeInputs[input]))!;
            _envelopeInputOfNode[node.Id] = input;
        }
    }

    /// <summary>
    /// Fills <paramref name="fields"/> from <paramref name="record"/>; false when the record must be decided on a parsed document
    /// instead. Throws <see cref="JsonException"/> when the record is not one JSON object.
    /// </summary>
    public bool Scan(ReadOnlySpan<byte> record, RecordFields fields)
    {
        var reader = new Utf8JsonReader(record);
        if (!reader.Read()) throw new JsonException("the record holds no JSON value");
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("a CloudTrail record must be a JSON object");
        var outcome = Scan(ref reader, fields);
        if (reader.Read()) throw new JsonException("the record holds more than one JSON value");
        return outcome == ScanOutcome.Captured;
    }

    /// <summary>
    /// Fills <paramref name="fields"/> from the object <paramref name="reader"/> is on, reading it to its end object token.
    /// Throws <see cref="JsonException"/> where the reader finds invalid JSON.
    /// </summary>
    public ScanOutcome Scan(ref Utf8JsonReader reader, RecordFields fields)
    {
        fields.Clear();
        _recordDepth = reader.CurrentDepth;
        _undecided = false;
        if (!ScanObject(ref reader, _layout.Root, fields, topLevel: true)) return ScanOutcome.NeedData;
        if (_undecided) return ScanOutcome.Undecided;
        if (_layout.DerivesEnvelope) EnvelopeFieldDeriver.Derive(fields, _layout);
        return ScanOutcome.Captured;
    }

    // The walk below returns false only when the data runs out; what it cannot decide sets _undecided and reading goes on
    // to the record's end, so a stream reader knows where the record ends either way.

    private bool ScanValue(ref Utf8JsonReader reader, ProjectionNode node, RecordFields fields)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                CheckDepth(ref reader);
                return node.HasChildren ? ScanObject(ref reader, node, fields, topLevel: false) : Skip(ref reader);
            case JsonTokenType.StartArray:
                CheckDepth(ref reader);
                while (true)
                {
                    if (!reader.Read()) return false;
                    if (reader.TokenType == JsonTokenType.EndArray) return true;
                    if (!ScanValue(ref reader, node, fields)) return false;
                }
            default:
                if (node.IsLeaf && !Capture(ref reader, node.Slot, fields)) _undecided = true;
                return true;
        }
    }

    private bool ScanObject(ref Utf8JsonReader reader, ProjectionNode node, RecordFields fields, bool topLevel)
    {
        var serial = NextObjectSerial();
        while (true)
        {
            if (!reader.Read()) return false;
            if (reader.TokenType != JsonTokenType.PropertyName) return true;
            var child = node.Find(NameOf(ref reader));
            if (!reader.Read()) return false;
            if (child is null)
            {
                if (!Skip(ref reader)) return false;
                continue;
            }
            if (_seenInObject[child.Id] == serial) _undecided = true;
            _seenInObject[child.Id] = serial;
            var isString = reader.TokenType == JsonTokenType.String;
            if (!ScanValue(ref reader, child, fields)) return false;
            if (topLevel && isString && _envelopeInputOfNode[child.Id] is var input and >= 0) fields.SetEnvelopeInput(input, child.Slot);
        }
    }

    /// <summary>Reads past the value the reader is on, token by token so the depth of every nested container is checked.</summary>
    private bool Skip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return true;
        var depth = reader.CurrentDepth;
        CheckDepth(ref reader);
        do
        {
            if (!reader.Read()) return false;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) CheckDepth(ref reader);
        }
        while (reader.CurrentDepth > depth);
        return true;
    }

    private void CheckDepth(ref Utf8JsonReader reader)
    {
        if (reader.CurrentDepth - _recordDepth >= DocumentMaxDepth) _undecided = true;
    }

    private static bool Capture(ref Utf8JsonReader reader, int slot, RecordFields fields)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var raw = reader.ValueSpan;
                var text = fields.TextBuffer(raw.Length);
                int length;
                if (!reader.ValueIsEscaped)
                {
                    raw.CopyTo(text);
                    length = raw.Length;
                }
                else if (!TryUnescape(ref reader, text, out length))
                {
                    return false;
                }
                if (!Utf8.IsValid(text[..length])) return false;
                fields.AddString(slot, length);
                return true;
            case JsonTokenType.Number:
                var isDouble = reader.TryGetDouble(out var number);
                fields.AddNumber(slot, number, isDouble);
                return true;
            default:
                fields.AddLiteral(slot, reader.TokenType);
                return true;
        }
    }

    /// <summary>An escaped lone surrogate cannot be unescaped; a document would throw on it where this answers false.</summary>
    private static bool TryUnescape(ref Utf8JsonReader reader, Span<byte> destination, out int length)
    {
        try
        {
            length = reader.CopyString(destination);
            return true;
        }
        catch (InvalidOperationException)
        {
            length = 0;
            return false;
        }
    }

    /// <summary>Every object read gets a new number, so "seen in this object" needs no clearing between objects.</summary>
    private long NextObjectSerial() => ++_objectSerial;

    /// <summary>The unescaped name; a name that cannot be unescaped leaves the record undecided and matches no path.</summary>
    private ReadOnlySpan<byte> NameOf(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped) return reader.ValueSpan;
        if (_unescapedName.Length < reader.ValueSpan.Length) _unescapedName = new byte[reader.ValueSpan.Length * 2];
        if (TryUnescape(ref reader, _unescapedName, out var length)) return _unescapedName.AsSpan(0, length);
        _undecided = true;
        return [];
    }
}
