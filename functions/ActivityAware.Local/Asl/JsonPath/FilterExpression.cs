using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ActivityAware.Local.Asl.JsonPath;

/// <summary>The body of a <c>[?( … )]</c> filter: comparisons of <c>@</c>/<c>$</c> paths and literals, joined by &amp;&amp;, || and !.</summary>
internal abstract class FilterExpression
{
    public abstract bool IsTrue(JsonNode? current, JsonNode? root);
}

internal sealed class OrFilter(FilterExpression left, FilterExpression right) : FilterExpression
{
    public override bool IsTrue(JsonNode? current, JsonNode? root) => left.IsTrue(current, root) || right.IsTrue(current, root);
}

internal sealed class AndFilter(FilterExpression left, FilterExpression right) : FilterExpression
{
    public override bool IsTrue(JsonNode? current, JsonNode? root) => left.IsTrue(current, root) && right.IsTrue(current, root);
}

internal sealed class NotFilter(FilterExpression inner) : FilterExpression
{
    public override bool IsTrue(JsonNode? current, JsonNode? root) => !inner.IsTrue(current, root);
}

/// <summary>An operand: a literal or a path relative to <c>@</c> (current item) or <c>$</c> (document root).</summary>
internal sealed class FilterOperand
{
    private readonly JsonNode? _literal;
    private readonly IReadOnlyList<PathSegment>? _path;
    private readonly bool _fromRoot;

    private FilterOperand(JsonNode? literal, IReadOnlyList<PathSegment>? path, bool fromRoot)
    {
        _literal = literal;
        _path = path;
        _fromRoot = fromRoot;
    }

    public static FilterOperand Literal(JsonNode? value) => new(value, null, false);

    public static FilterOperand Path(IReadOnlyList<PathSegment> path, bool fromRoot) => new(null, path, fromRoot);

    public bool TryResolve(JsonNode? current, JsonNode? root, out JsonNode? value)
    {
        value = _literal;
        if (_path is null)
            return true;
        IEnumerable<JsonNode?> nodes = [_fromRoot ? root : current];
        foreach (var segment in _path)
            nodes = nodes.SelectMany(n => segment.Apply(n, root)).ToList();
        var list = nodes.ToList();
        if (list.Count == 0)
            return false;
        value = list[0];
        return true;
    }
}

internal sealed class ComparisonFilter(FilterOperand left, string? op, FilterOperand? right) : FilterExpression
{
    public override bool IsTrue(JsonNode? current, JsonNode? root)
    {
        if (!left.TryResolve(current, root, out var a))
            return false;
        if (op is null || right is null)
            return true;
        if (!right.TryResolve(current, root, out var b))
            return false;
        return op switch
        {
            "==" => AslJson.DeepEquals(a, b),
            "!=" => !AslJson.DeepEquals(a, b),
            "in" => b is JsonArray inList && Contains(inList, a),
            "nin" => b is JsonArray notInList && !Contains(notInList, a),
            "subsetof" => a is JsonArray subset && b is JsonArray superset && subset.All(x => Contains(superset, x)),
            "anyof" => a is JsonArray any && b is JsonArray anyOf && any.Any(x => Contains(anyOf, x)),
            "noneof" => a is JsonArray none && b is JsonArray noneOf && !none.Any(x => Contains(noneOf, x)),
            "size" => Length(a) is { } size && AslJson.TryGetInteger(b, out var expected) && size == expected,
            "empty" => Length(a) is { } length && AslJson.IsBoolean(b) && (length == 0) == b!.GetValue<bool>(),
            _ => Order(a, b) is { } c && op switch
            {
                "<" => c < 0,
                "<=" => c <= 0,
                ">" => c > 0,
                ">=" => c >= 0,
                _ => false,
            },
        };
    }

    private static bool Contains(JsonArray list, JsonNode? value) => list.Any(item => AslJson.DeepEquals(item, value));

    /// <summary>What Jayway's <c>size</c> and <c>empty</c> measure: a string's characters or an array's items.</summary>
    private static int? Length(JsonNode? value) =>
        value is JsonArray array ? array.Count : AslJson.TryGetString(value, out var s) ? s.Length : null;

    private static int? Order(JsonNode? a, JsonNode? b)
    {
        if (AslJson.TryGetNumber(a, out var x) && AslJson.TryGetNumber(b, out var y))
            return x.CompareTo(y);
        if (AslJson.TryGetString(a, out var s) && AslJson.TryGetString(b, out var t))
            return string.CompareOrdinal(s, t);
        return null;
    }
}

/// <summary>Jayway's <c>@.name =~ /pattern/i</c>: true when the value is a string the whole pattern matches.</summary>
internal sealed class RegexFilter(FilterOperand left, Regex pattern) : FilterExpression
{
    public override bool IsTrue(JsonNode? current, JsonNode? root) =>
        left.TryResolve(current, root, out var value) && AslJson.TryGetString(value, out var text) && pattern.IsMatch(text);
}
