using System.Text.Json;

namespace ActivityAware.Core.Rules.Capture;

/// <summary>
/// The scalar leaves of one record, by slot (one slot per field path of a <see cref="FieldLayout"/>), in document order.
/// Arrays on a path are flattened as the patterns flatten them; objects are not leaves. Reused from record to record:
/// allocation-free once its buffers have grown to the largest record.
/// </summary>
internal sealed class RecordFields
{
    private readonly int[] _first;
    private readonly int[] _last;
    private readonly int[] _count;
    private readonly int[] _envelopeInputs = new int[FieldLayout.EnvelopeInputs.Length];
    private CapturedLeaf[] _leaves = new CapturedLeaf[64];
    private int _leafCount;
    private byte[] _text = new byte[1024];
    private int _textLength;

    public RecordFields(int slotCount)
    {
        _first = new int[slotCount];
        _last = new int[slotCount];
        _count = new int[slotCount];
        Clear();
    }

    public void Clear()
    {
        _first.AsSpan().Fill(-1);
        _count.AsSpan().Clear();
        _envelopeInputs.AsSpan().Fill(-1);
        _leafCount = 0;
        _textLength = 0;
    }

    /// <summary>The index of the slot's first leaf, or -1; follow <see cref="CapturedLeaf.Next"/>.</summary>
    public int First(int slot) => _first[slot];

    public int Count(int slot) => _count[slot];

    public ref readonly CapturedLeaf Leaf(int index) => ref _leaves[index];

    public ReadOnlySpan<byte> Text(in CapturedLeaf leaf) => _text.AsSpan(leaf.TextStart, leaf.TextLength);

    /// <summary>Room for <paramref name="length"/> bytes of string text; commit what was written with <see cref="AddString(int, int)"/>.</summary>
    public Span<byte> TextBuffer(int length)
    {
        if (_text.Length - _textLength < length) Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + length));
        return _text.AsSpan(_textLength);
    }

    /// <summary>Adds a string leaf whose <paramref name="length"/> bytes were just written to <see cref="TextBuffer"/>.</summary>
    public void AddString(int slot, int length)
    {
        ref var leaf = ref Add(slot, JsonTokenType.String);
        leaf.TextStart = _textLength;
        leaf.TextLength = length;
        _textLength += length;
    }

    public void AddString(int slot, ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(TextBuffer(utf8.Length));
        AddString(slot, utf8.Length);
    }

    public void AddNumber(int slot, double value, bool isDouble)
    {
        ref var leaf = ref Add(slot, JsonTokenType.Number);
        leaf.Number = value;
        leaf.IsDouble = isDouble;
    }

    /// <summary>A <c>true</c>, <c>false</c> or <c>null</c> leaf.</summary>
    public void AddLiteral(int slot, JsonTokenType kind) => Add(slot, kind);

    /// <summary>Marks the slot's last leaf as the string value of envelope input <paramref name="input"/>.</summary>
    public void SetEnvelopeInput(int input, int slot) => _envelopeInputs[input] = _last[slot];

    /// <summary>The string that <see cref="SetEnvelopeInput"/> marked last, or false when the record has none.</summary>
    public bool TryGetEnvelopeInput(int input, out ReadOnlySpan<byte> text)
    {
        var index = _envelopeInputs[input];
        text = index < 0 ? default : Text(_leaves[index]);
        return index >= 0;
    }

    private ref CapturedLeaf Add(int slot, JsonTokenType kind)
    {
        if (_leafCount == _leaves.Length) Array.Resize(ref _leaves, _leaves.Length * 2);
        var index = _leafCount++;
        ref var leaf = ref _leaves[index];
        leaf = new CapturedLeaf { Kind = kind, Next = -1 };
        if (_first[slot] < 0) _first[slot] = index;
        else _leaves[_last[slot]].Next = index;
        _last[slot] = index;
        _count[slot]++;
        return ref leaf;
    }
}
