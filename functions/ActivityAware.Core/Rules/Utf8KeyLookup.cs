using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ActivityAware.Core.Rules;

/// <summary>Finds a record's string value among string keys without allocating a string for it (short values are decoded on the stack).</summary>
internal static class Utf8KeyLookup
{
    private const int TextLimit = 256;

    /// <param name="utf8">The value, already unescaped.</param>
    public static T[]? Find<T>(Dictionary<string, T[]>.AlternateLookup<ReadOnlySpan<char>> index, ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > TextLimit) return index.TryGetValue(Encoding.UTF8.GetString(utf8), out var slow) ? slow : null;
        Span<char> buffer = stackalloc char[TextLimit];
        var length = Encoding.UTF8.GetChars(utf8, buffer);
        return index.TryGetValue(buffer[..length], out var found) ? found : null;
    }

    /// <param name="value">A string element; an escaped one is decoded first.</param>
    public static T[]? Find<T>(Dictionary<string, T[]>.AlternateLookup<ReadOnlySpan<char>> index, JsonElement value)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value)[1..^1];
        if (raw.IndexOf((byte)'\\') >= 0) return index.TryGetValue(value.GetString()!, out var unescaped) ? unescaped : null;
        return Find(index, raw);
    }
}
