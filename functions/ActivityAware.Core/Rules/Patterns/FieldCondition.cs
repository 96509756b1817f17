using System.Text;
using System.Text.Json;
using System.Runtime.InteropServices;
using ActivityAware.Core.Rules.Policies;

namespace ActivityAware.Core.Rules.Patterns;

/// <summary>
/// One flattened field of a pattern (<c>requestParameters.ipPermissions.items.ipRanges.items.cidrIp</c>) and its value list.
/// Arrays anywhere on the path are flattened as EventBridge does: the condition holds if any leaf reached through any array
/// element satisfies any entry of the list. Objects are not leaves. <c>exists:true</c> holds when at least one leaf (null
/// included: a JSON null is present) is reached; <c>exists:false</c> when none is (absent field, empty array, or an object).
/// A <c>public-policy</c> condition (the only entry of its list) reads the whole value at its path instead, object or string.
/// </summary>
internal sealed class FieldCondition
{
    private const int StackTextLimit = 256;
    private const int ExactSetThreshold = 8;
    private readonly byte[][] _segments;
    private readonly ValueMatcher[] _matchers;
    private readonly bool _existsTrue;
    private readonly bool _existsFalse;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? _exactSet;
    private readonly byte[][] _exactUtf8 = [];
    private readonly ValueMatcher[] _stringMatchers;

    public FieldCondition(string path, PatternNode source, ValueMatcher[] matchers, bool existsTrue, bool existsFalse)
    {
        Path = path;
        Source = source;
        _segments = path.Split('.').Select(Encoding.UTF8.GetBytes).ToArray();
        _matchers = matchers;
        _existsTrue = existsTrue;
        _existsFalse = existsFalse;
        ExactStrings = matchers.OfType<ExactStringMatcher>().Select(m => m.Expected).ToArray();
        IsExactStringsOnly = !existsTrue && !existsFalse && ExactStrings.Count == matchers.Length;
        // Exact strings are compared as UTF-8 without decoding the leaf; long lists (the pushdown's eventName list) are
        // looked up in a set instead. Only the other string operators need the decoded text.
        if (ExactStrings.Count >= ExactSetThreshold)
            _exactSet = new HashSet<string>(ExactStrings, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        else
            _exactUtf8 = ExactStrings.Select(Encoding.UTF8.GetBytes).ToArray();
        _stringMatchers = matchers.Where(m => m is not ExactStringMatcher).ToArray();
        ReadsPolicy = matchers is [PublicPolicyMatcher];
    }

    /// <summary>True for <c>public-policy</c>: decided on the parsed value, never on captured scalar leaves.</summary>
    public bool ReadsPolicy { get; }

    public string Path { get; }

    /// <summary>The value list as written.</summary>
    public PatternNode Source { get; }

    /// <summary>The exact string values of the list (for the pushdown and the event-name index).</summary>
    public IReadOnlyList<string> ExactStrings { get; }

    /// <summary>True when the condition is only a list of exact strings, so it can be indexed or pushed down as is.</summary>
    public bool IsExactStringsOnly { get; }

    public IReadOnlyList<ValueMatcher> Matchers => _matchers;

    /// <summary>True when a missing field can never satisfy the condition (no exists:false).</summary>
    public bool RequiresValue => !_existsFalse;

    public bool Matches(JsonElement root)
    {
        var found = false;
        if (Visit(root, 0, ref found)) return true;
        return found ? _existsTrue : _existsFalse;
    }

    /// <summary>The first leaf this condition reaches, as text, for a match reason.</summary>
    public string? FirstLeafText(JsonElement root) => ReadsPolicy ? null : FindLeaf(root, 0) is { } leaf
        ? leaf.ValueKind == JsonValueKind.String ? leaf.GetString() : leaf.GetRawText()
        : null;

    public string Describe()
    {
        var parts = _matchers.Select(m => m.Describe()).ToList();
        if (_existsTrue) parts.Add("exists");
        if (_existsFalse) parts.Add("does not exist");
        return $"{Path}: {string.Join(" | ", parts)}";
    }

    private bool Visit(JsonElement element, int depth, ref bool found)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (Visit(item, depth, ref found)) return true;
            }
            return false;
        }
        if (depth == _segments.Length)
        {
            if (ReadsPolicy)
            {
                found = true;
                return PublicPolicyAnalyzer.GrantsPublicAccess(element);
            }
            if (element.ValueKind == JsonValueKind.Object) return false;
            found = true;
            return MatchesLeaf(element);
        }
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(_segments[depth], out var child) &&
               Visit(child, depth + 1, ref found);
    }

    private JsonElement? FindLeaf(JsonElement element, int depth)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindLeaf(item, depth) is { } leaf) return leaf;
            }
            return null;
        }
        if (depth == _segments.Length) return element.ValueKind == JsonValueKind.Object ? null : element;
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(_segments[depth], out var child)
            ? FindLeaf(child, depth + 1)
            : null;
    }

    private bool MatchesLeaf(JsonElement leaf) => leaf.ValueKind switch
    {
        JsonValueKind.String => MatchesStringLeaf(leaf),
        JsonValueKind.Number => MatchesNumber(leaf),
        JsonValueKind.True => MatchesBoolean(true),
        JsonValueKind.False => MatchesBoolean(false),
        _ => MatchesNull(),
    };

    private bool MatchesStringLeaf(JsonElement leaf)
    {
        foreach (var expected in _exactUtf8)
        {
            if (leaf.ValueEquals(expected)) return true;
        }
        if (_exactSet is null && _stringMatchers.Length == 0) return false;
        // The raw UTF-8 token includes its quotes. Unescaped, short values are decoded on the stack; others are rare
        // (escapes, very long values) and take the allocating path.
        var raw = JsonMarshal.GetRawUtf8Value(leaf);
        raw = raw[1..^1];
        if (raw.Length <= StackTextLimit && raw.IndexOf((byte)'\\') < 0) return MatchesUnescapedText(raw);
        return MatchesText(leaf.GetString());
    }

    private bool MatchesNumber(JsonElement leaf)
    {
        var isDouble = leaf.TryGetDouble(out var number);
        return MatchesNumber(number, isDouble);
    }

    /// <summary>The outcome when no leaf matched: <paramref name="found"/> says whether the path held any leaf.</summary>
    public bool MatchesWithoutMatchingLeaf(bool found) => found ? _existsTrue : _existsFalse;

    /// <summary>Whether a string leaf, given as valid unescaped UTF-8, satisfies an entry of the list.</summary>
    public bool MatchesString(ReadOnlySpan<byte> utf8)
    {
        foreach (var expected in _exactUtf8)
        {
            if (utf8.SequenceEqual(expected)) return true;
        }
        if (_exactSet is null && _stringMatchers.Length == 0) return false;
        return MatchesUnescapedText(utf8);
    }

    /// <summary>Whether a number leaf satisfies an entry; <paramref name="isDouble"/> false when it does not read as a double.</summary>
    public bool MatchesNumber(double value, bool isDouble)
    {
        if (!isDouble) return false;
        foreach (var matcher in _matchers)
        {
            if (matcher.MatchesNumber(value)) return true;
        }
        return false;
    }

    public bool MatchesBoolean(bool value)
    {
        foreach (var matcher in _matchers)
        {
            if (matcher.MatchesBoolean(value)) return true;
        }
        return false;
    }

    public bool MatchesNull()
    {
        foreach (var matcher in _matchers)
        {
            if (matcher.MatchesNull()) return true;
        }
        return false;
    }

    /// <summary>Past the stack limit the text is decoded to a string: rare, and equal to the document's decoding for valid UTF-8.</summary>
    private bool MatchesUnescapedText(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > StackTextLimit) return MatchesText(Encoding.UTF8.GetString(utf8));
        Span<char> buffer = stackalloc char[StackTextLimit];
        var length = Encoding.UTF8.GetChars(utf8, buffer);
        return MatchesText(buffer[..length]);
    }

    private bool MatchesText(ReadOnlySpan<char> text)
    {
        if (_exactSet is { } exact && exact.Contains(text)) return true;
        foreach (var matcher in _stringMatchers)
        {
            if (matcher.MatchesString(text)) return true;
        }
        return false;
    }
}
