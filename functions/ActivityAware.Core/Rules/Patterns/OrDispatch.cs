using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ActivityAware.Core.Rules.Patterns;

/// <summary>
/// Speeds up one long <c>$or</c> whose alternatives mostly pin the same path to exact strings (the pushdown's
/// <c>eventSource</c>): that path is read once and only the alternatives listing its value are tried. Same answer as
/// trying every alternative: an exact-strings condition holds only if a string leaf at its path is in its list, so when
/// the path holds one string only the alternatives keyed by it can match, and when it holds no string leaf none can.
/// Arrays on the path (several leaves) fall back to trying every alternative.
/// </summary>
internal sealed class OrDispatch
{
    private const int MinimumKeyed = 4;
    private const int TextLimit = 256;
    private readonly byte[][] _segments;
    private readonly Dictionary<string, EventPattern[]>.AlternateLookup<ReadOnlySpan<char>> _byValue;
    private readonly EventPattern[] _keyed;
    private readonly EventPattern[] _unkeyed;

    private OrDispatch(string path, EventPattern[] keyed, EventPattern[] unkeyed)
    {
        _segments = path.Split('.').Select(Encoding.UTF8.GetBytes).ToArray();
        _keyed = keyed;
        _unkeyed = unkeyed;
        var byValue = new Dictionary<string, List<EventPattern>>(StringComparer.Ordinal);
        foreach (var alternative in keyed)
        {
            foreach (var value in KeyCondition(alternative, path).ExactStrings.Distinct(StringComparer.Ordinal))
            {
                if (!byValue.TryGetValue(value, out var list)) byValue[value] = list = [];
                list.Add(alternative);
            }
        }
        _byValue = byValue.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static OrDispatch? TryCreate(EventPattern[] alternatives)
    {
        var best = alternatives
            .SelectMany(a => a.Conditions.Where(c => c.IsExactStringsOnly).Select(c => c.Path).Distinct(StringComparer.Ordinal))
            .GroupBy(p => p, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best is null || best.Count() < MinimumKeyed) return null;
        var keyed = alternatives.Where(a => a.Conditions.Any(c => c.Path == best.Key && c.IsExactStringsOnly)).ToArray();
        return new OrDispatch(best.Key, keyed, alternatives.Except(keyed).ToArray());
    }

    public bool AnyMatches(JsonElement root)
    {
        foreach (var alternative in _unkeyed)
        {
            if (alternative.Matches(root)) return true;
        }
        var leaf = root;
        foreach (var segment in _segments)
        {
            if (leaf.ValueKind == JsonValueKind.Array) return AnyOf(_keyed, root);
            if (leaf.ValueKind != JsonValueKind.Object || !leaf.TryGetProperty(segment, out leaf)) return false;
        }
        return leaf.ValueKind switch
        {
            JsonValueKind.Array => AnyOf(_keyed, root),
            JsonValueKind.String => AnyOf(Candidates(leaf), root),
            _ => false,
        };
    }

    private EventPattern[] Candidates(JsonElement leaf)
    {
        var raw = JsonMarshal.GetRawUtf8Value(leaf)[1..^1];
        if (raw.Length > TextLimit || raw.IndexOf((byte)'\\') >= 0)
            return _byValue.TryGetValue(leaf.GetString()!, out var slow) ? slow : [];
        Span<char> buffer = stackalloc char[TextLimit];
        var length = Encoding.UTF8.GetChars(raw, buffer);
        return _byValue.TryGetValue(buffer[..length], out var candidates) ? candidates : [];
    }

    private static bool AnyOf(EventPattern[] alternatives, JsonElement root)
    {
        foreach (var alternative in alternatives)
        {
            if (alternative.Matches(root)) return true;
        }
        return false;
    }

    private static FieldCondition KeyCondition(EventPattern alternative, string path) =>
        alternative.Conditions.First(c => c.Path == path && c.IsExactStringsOnly);
}
