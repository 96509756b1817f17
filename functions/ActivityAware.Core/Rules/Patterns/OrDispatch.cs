using System.Text;
using System.Text.Json;

namespace ActivityAware.Core.Rules.Patterns;

/// <summary>
/// Speeds up one long <c>$or</c> whose alternatives mostly pin the same path to exact strings (the pushdown's
/// <c>eventSource</c>): that path is read once and only the alternatives listing its value are tried (<see cref="ExactKeyIndex{T}"/>).
/// Same answer as trying every alternative: when the path holds one string only the alternatives keyed by it can match,
/// and when it holds no string leaf none can. Arrays on the path (several leaves) fall back to trying every alternative.
/// </summary>
internal sealed class OrDispatch
{
    private readonly byte[][] _segments;
    private readonly ExactKeyIndex<EventPattern> _index;

    private OrDispatch(ExactKeyIndex<EventPattern> index)
    {
        _index = index;
        _segments = index.Path.Split('.').Select(Encoding.UTF8.GetBytes).ToArray();
    }

    public static OrDispatch? TryCreate(EventPattern[] alternatives) =>
        ExactKeyIndex<EventPattern>.TryCreate(alternatives, alternatives) is { } index ? new OrDispatch(index) : null;

    public bool AnyMatches(JsonElement root)
    {
        if (AnyOf(_index.Unkeyed, root)) return true;
        var leaf = root;
        foreach (var segment in _segments)
        {
            if (leaf.ValueKind == JsonValueKind.Array) return AnyOf(_index.Keyed, root);
            if (leaf.ValueKind != JsonValueKind.Object || !leaf.TryGetProperty(segment, out leaf)) return false;
        }
        return leaf.ValueKind switch
        {
            JsonValueKind.Array => AnyOf(_index.Keyed, root),
            JsonValueKind.String => AnyOf(Utf8KeyLookup.Find(_index.ByValue, leaf) ?? [], root),
            _ => false,
        };
    }

    private static bool AnyOf(EventPattern[] alternatives, JsonElement root)
    {
        foreach (var alternative in alternatives)
        {
            if (alternative.Matches(root)) return true;
        }
        return false;
    }
}
