using System.Text.Json;
using System.Text.Json.Nodes;
using ActivityAware.Local.Asl.Variables;

namespace ActivityAware.Local.Asl.JsonPath;

/// <summary>
/// A parsed JSONPath over the state input (<c>$</c>), the context object (<c>$$</c>) or a workflow variable (<c>$name</c>): dot and bracket notation, indices
/// (negative from the end), <c>*</c>, slices, unions, <c>..</c> and <c>[?( … )]</c> filters.
/// </summary>
public sealed class JsonPathExpression
{
    private readonly IReadOnlyList<PathSegment> _segments;
    private readonly string? _function;

    private JsonPathExpression(string text, bool isContext, string? variable, IReadOnlyList<PathSegment> segments, string? function = null)
    {
        Text = text;
        IsContext = isContext;
        Variable = variable;
        _segments = segments;
        _function = function;
        IsDefinite = function is not null || segments.All(s => s.IsSingle) || IsPropertyMerge(segments);
        IsReferencePath = function is null && segments.All(s => s is PropertySegment or IndexSegment);
    }

    public string Text { get; }

    /// <summary>True for <c>$$…</c>: the path reads the context object.</summary>
    public bool IsContext { get; }

    /// <summary>The variable the path reads (<c>$name…</c>), or null when it reads the input or the context object.</summary>
    public string? Variable { get; }

    /// <summary>True for a path over the state's input: neither <c>$$…</c> nor a variable.</summary>
    public bool ReadsInput => !IsContext && Variable is null;

    /// <summary>True when the path can select at most one node (no wildcard, slice, union, filter or descent).</summary>
    public bool IsDefinite { get; }

    /// <summary>True when the path is a Reference Path: only field names and indices (ResultPath, Variable, *Path fields).</summary>
    public bool IsReferencePath { get; }

    /// <summary>True for <c>$</c> / <c>$$</c> alone: the whole document.</summary>
    public bool IsWholeDocument => _function is null && _segments.Count == 0;

    internal IReadOnlyList<PathSegment> Segments => _segments;

    /// <summary>Bracket form as Jayway JsonPath prints it in AWS error messages: <c>$['a']['b'][0]</c>.</summary>
    public string NormalizedText => !IsReferencePath
        ? Text
        : (IsContext ? "$$" : "$" + Variable) + string.Concat(_segments.Select(s => s is PropertySegment p ? $"['{p.Name}']" : $"[{((IndexSegment)s).Index}]"));

    public static JsonPathExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var isContext = text.StartsWith("$$", StringComparison.Ordinal);
        if (!text.StartsWith('$'))
            throw new JsonPathSyntaxException($"Invalid JSONPath '{text}': a path must start with '$' or '$$'.");
        if (PathFunction.Split(text) is { } call)
        {
            var inner = Parse(call.Path);
            return new JsonPathExpression(text, isContext, inner.Variable, inner._segments, call.Function);
        }
        var start = isContext ? 2 : 1;
        string? variable = null;
        if (!isContext && VariableNames.TryRead(text, 1, out var name, out var end))
        {
            if (name == VariableNames.Reserved)
                throw new JsonPathSyntaxException($"Invalid JSONPath '{text}': $states belongs to the JSONata query language; a JSONPath state cannot read it.");
            (variable, start) = (name, end);
        }
        var parser = new JsonPathParser(text, start);
        var segments = parser.ParseSegments(_ => false);
        return new JsonPathExpression(text, isContext, variable, segments);
    }

    public static bool TryParse(string text, out JsonPathExpression? path)
    {
        try
        {
            path = Parse(text);
            return true;
        }
        catch (JsonPathSyntaxException)
        {
            path = null;
            return false;
        }
    }

    /// <summary>Every node the path selects, as references into <paramref name="root"/> (clone before reuse).</summary>
    public IReadOnlyList<JsonNode?> SelectAll(JsonNode? root)
    {
        IEnumerable<JsonNode?> nodes = [root];
        foreach (var segment in _segments)
            nodes = nodes.SelectMany(n => segment.Apply(n, root)).ToList();
        return nodes.ToList();
    }

    /// <summary>
    /// The value the path selects, cloned: a definite path yields its node (false when nothing matches);
    /// an indefinite path always yields an array of its matches.
    /// </summary>
    public bool TrySelect(JsonNode? root, out JsonNode? value)
    {
        if (_function is not null)
        {
            value = null;
            return new JsonPathExpression(Text, IsContext, Variable, _segments).TrySelect(root, out var selected)
                && PathFunction.TryApply(_function, selected, out value);
        }
        if (IsReferencePath)
            return TrySelectReference(root, out value);
        if (IsPropertyMerge(_segments))
            return TrySelectPropertyMerge(root, out value);
        var matches = SelectAll(root);
        if (IsDefinite)
        {
            value = matches.Count == 1 ? AslJson.Clone(matches[0]) : null;
            return matches.Count == 1;
        }
        value = new JsonArray(matches.Select(AslJson.Clone).ToArray());
        return true;
    }

    /// <summary>
    /// As <see cref="TrySelect"/>, but a reference path yields the node itself inside <paramref name="root"/>, not a copy: for callers
    /// that only read it. Other paths yield what <see cref="TrySelect"/> does.
    /// </summary>
    internal bool TrySelectForReading(JsonNode? root, out JsonNode? value)
    {
        if (_function is null && IsReferencePath)
            return TrySelectReference(root, out value, copy: false);
        return TrySelect(root, out value);
    }

    /// <summary>
    /// Jayway's multi-property leaf (<c>$.a['b','c']</c> after single steps): one object holding those of the properties the parent has,
    /// not an array of their values.
    /// </summary>
    private static bool IsPropertyMerge(IReadOnlyList<PathSegment> segments) =>
        segments.Count > 0 && segments[^1] is UnionSegment { Members: var members } && members.All(m => m is PropertySegment)
        && segments.Take(segments.Count - 1).All(s => s.IsSingle);

    private bool TrySelectPropertyMerge(JsonNode? root, out JsonNode? value)
    {
        var parents = new JsonPathExpression(Text, IsContext, Variable, _segments.Take(_segments.Count - 1).ToList()).SelectAll(root);
        value = null;
        if (parents is not [JsonObject parent])
            return false;
        var merged = new JsonObject();
        foreach (var member in ((UnionSegment)_segments[^1]).Members.Cast<PropertySegment>())
        {
            if (parent.TryGetPropertyValue(member.Name, out var property))
                merged[member.Name] = AslJson.Clone(property);
        }
        value = merged;
        return true;
    }

    /// <summary>What <see cref="SelectAll"/> finds for a reference path (at most one node), walked without building lists.</summary>
    private bool TrySelectReference(JsonNode? root, out JsonNode? value, bool copy = true)
    {
        value = null;
        var node = root;
        for (var at = 0; at < _segments.Count; at++)
        {
            // A parsed object or array not yet built into nodes is walked as its element, so reading it does not build it.
            if (ParsedNodes.TryGetSource(node, out var source))
                return TrySelectInElement(source, at, out value);
            switch (_segments[at], node)
            {
                case (PropertySegment property, JsonObject obj):
                    if (!obj.TryGetPropertyValue(property.Name, out node))
                        return false;
                    break;
                case (IndexSegment index, JsonArray array):
                    var i = index.Index < 0 ? array.Count + index.Index : index.Index;
                    if (i < 0 || i >= array.Count)
                        return false;
                    node = array[i];
                    break;
                default:
                    return false;
            }
        }
        value = copy ? AslJson.Clone(node) : node;
        return true;
    }

    /// <summary>The rest of a reference path from segment <paramref name="at"/>, walked in an element; what it selects is a new node over it.</summary>
    private bool TrySelectInElement(JsonElement element, int at, out JsonNode? value)
    {
        value = null;
        for (; at < _segments.Count; at++)
        {
            switch (_segments[at])
            {
                case PropertySegment property when element.ValueKind == JsonValueKind.Object:
                    if (!element.TryGetProperty(property.Name, out element))
                        return false;
                    break;
                case IndexSegment index when element.ValueKind == JsonValueKind.Array:
                    var length = element.GetArrayLength();
                    var i = index.Index < 0 ? length + index.Index : index.Index;
                    if (i < 0 || i >= length)
                        return false;
                    element = element[i];
                    break;
                default:
                    return false;
            }
        }
        // A node of its own over an immutable element: as independent of the input as a copy, and as cheap as a reference.
        value = ParsedNodes.Wrap(element);
        return true;
    }

    public override string ToString() => Text;
}
