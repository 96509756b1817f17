using System.Text.Json;
using System.Text.Unicode;
using ActivityAware.Core.Rules.Projection;

namespace ActivityAware.Core.Rules.Capture;

/// <summary>
/// Reads a record once with <see cref="Utf8JsonReader"/> and keeps the scalar leaves of a <see cref="FieldLayout"/>'s paths;
/// everything else is skipped (still validated). Names are compared unescaped. Records whose leaves could read differently
/// through a parsed document are not decided here (<see cref="Scan"/> returns false): a referenced property repeated in
/// one object (a document reads the last one only), and string values that are not valid UTF-8 once unescaped (a document
/// throws when it decodes them). Not safe for concurrent use.
/// </summary>
internal sealed class RecordFieldScanner
{
    private readonly FieldLayout _layout;
    private readonly int[] _envelopeInputOfNode;
    private readonly long[] _seenInObject;
    private long _objectSerial;
    private byte[] _unescapedName = new byte[256];

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
        fields.Clear();
        var reader = new Utf8JsonReader(record);
        if (!reader.Read()) throw new JsonException("the record holds no JSON value");
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("a CloudTrail record must be a JSON object");
        if (!ScanObject(ref reader, _layout.Root, fields, topLevel: true)) return false;
        if (reader.Read()) throw new JsonException("the record holds more than one JSON value");
        if (_layout.DerivesEnvelope) EnvelopeFieldDeriver.Derive(fields, _layout);
        return true;
    }

    private bool ScanValue(ref Utf8JsonReader reader, ProjectionNode node, RecordFields fields)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                if (!node.HasChildren)
                {
                    reader.Skip();
                    return true;
                }
                return ScanObject(ref reader, node, fields, topLevel: false);
            case JsonTokenType.StartArray:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (!ScanValue(ref reader, node, fields)) return false;
                }
                return true;
            default:
                return !node.IsLeaf || Capture(ref reader, node.Slot, fields);
        }
    }

    private bool ScanObject(ref Utf8JsonReader reader, ProjectionNode node, RecordFields fields, bool topLevel)
    {
        var serial = NextObjectSerial();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var child = node.Find(NameOf(ref reader));
            reader.Read();
            if (child is null)
            {
                reader.Skip();
                continue;
            }
            if (_seenInObject[child.Id] == serial) return false;
            _seenInObject[child.Id] = serial;
            var isString = reader.TokenType == JsonTokenType.String;
            if (!ScanValue(ref reader, child, fields)) return false;
            if (topLevel && isString && _envelopeInputOfNode[child.Id] is var input and >= 0) fields.SetEnvelopeInput(input, child.Slot);
        }
        return true;
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

    private ReadOnlySpan<byte> NameOf(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped) return reader.ValueSpan;
        if (_unescapedName.Length < reader.ValueSpan.Length) _unescapedName = new byte[reader.ValueSpan.Length * 2];
        return _unescapedName.AsSpan(0, reader.CopyString(_unescapedName));
    }
}
