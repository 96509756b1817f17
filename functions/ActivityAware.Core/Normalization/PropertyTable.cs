using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ActivityAware.Core.Normalization;

/// <summary>
/// Reads the properties of an object that a reader wants in one pass over it, instead of one
/// <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> search per name. Equal to those searches: names are
/// compared unescaped, and of a repeated name the last one counts (as <c>TryGetProperty</c> answers).
/// </summary>
internal sealed class PropertyTable
{
    public const int MaxNames = 32;
    private readonly byte[][][] _namesByLength;
    private readonly int[][] _indexesByLength;

    public PropertyTable(params string[] names)
    {
        if (names.Length > MaxNames) throw new ArgumentException($"at most {MaxNames} names", nameof(names));
        var encoded = names.Select(Encoding.UTF8.GetBytes).ToArray();
        var longest = encoded.Max(n => n.Length);
        _namesByLength = new byte[longest + 1][][];
        _indexesByLength = new int[longest + 1][];
        for (var length = 0; length <= longest; length++)
        {
            var indexes = Enumerable.Range(0, names.Length).Where(i => encoded[i].Length == length).ToArray();
            _indexesByLength[length] = indexes;
            _namesByLength[length] = indexes.Select(i => encoded[i]).ToArray();
        }
    }

    /// <summary>
    /// The value of each name (by its index in the constructor's list), or a default element (kind Undefined) where the
    /// object has no such property or <paramref name="parent"/> is not an object.
    /// </summary>
    public Values Read(JsonElement parent)
    {
        var values = new Values();
        if (parent.ValueKind != JsonValueKind.Object) return values;
        foreach (var property in parent.EnumerateObject())
        {
            var index = IndexOf(property);
            if (index >= 0) values[index] = property.Value;
        }
        return values;
    }

    private int IndexOf(JsonProperty property)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        return raw.IndexOf((byte)'\\') < 0 ? IndexOf(raw) : IndexOfEscaped(property);
    }

    /// <summary>A name whose escapes do not decode (a lone surrogate) is none of ours.</summary>
    private int IndexOfEscaped(JsonProperty property)
    {
        try
        {
            return IndexOf(Encoding.UTF8.GetBytes(property.Name));
        }
        catch (InvalidOperationException)
        {
            return -1;
        }
    }

    private int IndexOf(ReadOnlySpan<byte> name)
    {
        if (name.Length >= _namesByLength.Length) return -1;
        var candidates = _namesByLength[name.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            if (name.SequenceEqual(candidates[i])) return _indexesByLength[name.Length][i];
        }
        return -1;
    }

    [InlineArray(MaxNames)]
    public struct Values
    {
        private JsonElement _element;
    }
}
