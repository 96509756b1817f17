using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.JsonPath;

/// <summary>One step of a JSONPath: maps a node to the nodes it selects (references into the same tree).</summary>
internal abstract class PathSegment
{
    /// <summary>True when the segment selects at most one node (a reference path is made only of these).</summary>
    public abstract bool IsSingle { get; }

    public abstract IEnumerable<JsonNode?> Apply(JsonNode? node, JsonNode? root);
}

internal sealed class PropertySegment(string name) : PathSegment
{
    public string Name { get; } = name;
    public override bool IsSingle => true;

    public override IEnumerable<JsonNode?> Apply(JsonNode? node, JsonNode? root)
    {
        if (node is JsonObject obj && obj.TryGetPropertyValue(Name, out var value))
            yield return value;
    }
}

internal sealed class IndexSegment(int index) : PathSegment
{
    public int Index { get; } = index;
    public override bool IsSingle => true;

    public override IEnumerable<JsonNode?> Apply(JsonNode? node, JsonNode? root)
    {
        if (node is not JsonArray array)
            yield break;
        var i = Index < 0 ? array.Count + Index : Index;
        if (i >= 0 && i < array.Count)
            yield return array[i];
    }
}

internal sealed class WildcardSegment : PathSegment
{
    public override bool IsSingle => false;

    public override IEnumerable<JsonNode?> Apply(JsonNode? node, JsonNode? root) => node switch
    {
        JsonArray array => array,
        JsonObject obj => obj.Select(p => p.Value),
        _ => [],
    };
}

internal sealed class UnionSegment(IReadOnlyList<PathSegment> members) : PathSegment
{
    public IReadOnlyList<PathSegment> Members => members;

    public override bool IsSingle => false;

    public override IEnumerable<JsonNode?> Apply(JsonNode? node, JsonNode? root) => members.SelectMany(m => m.Apply(node, root));
}

internal sealed class SliceSegment(int? start, int? end, int step) : PathSegment
{
    public override bool IsSingle => false;

    public override IEnumerable<JsonNode?> Apply(JsonNode? node, JsonNode? root)
    {
        if (node is not JsonArray array || step == 0)
            yield break;
        var n = array.Count;
        int Normalize(int v) => v < 0 ? Math.Max(0, n + v) : Math.Min(n, v);
        if (step > 0)
        {
            var from = start is { } s ? Normalize(s) : 0;
            var to = end is { } e ? Normalize(e) : n;
            for (var i = from; i < to; i += step)
                yield return array[i];
        }
        else
        {
            var from = start is { } s ? Math.Min(n - 1, s < 0 ? n + s : s) : n - 1;
            var to = end is { } e ? (e < 0 ? n + e : e) : -1;
            for (var i = from; i > to && i >= 0; i += step)
                yield return array[i];
        }
    }
}

internal sealed class RecursiveSegment(PathSegment inner) : PathSegment
{
    public override bool IsSingle => false;

    public override IEnumerable<JsonNode?> Apply(JsonNode? node, JsonNode? root)
    {
        foreach (var descendant in SelfAndDescendants(node))
            foreach (var match in inner.Apply(descendant, root))
                yield return match;
    }

    private static IEnumerable<JsonNode?> SelfAndDescendants(JsonNode? node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonArray array => array,
            JsonObject obj => obj.Select(p => p.Value),
            _ => [],
        };
        foreach (var child in children)
            foreach (var d in SelfAndDescendants(child))
                yield return d;
    }
}

internal sealed class FilterSegment(FilterExpression filter) : PathSegment
{
    public override bool IsSingle => false;

    public override IEnumerable<JsonNode?> Apply(JsonNode? node, JsonNode? root)
    {
        IEnumerable<JsonNode?> candidates = node switch
        {
            JsonArray array => array,
            JsonObject obj => [obj],
            _ => [],
        };
        return candidates.Where(c => filter.IsTrue(c, root));
    }
}
