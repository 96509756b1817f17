using System.Text.Json.Nodes;

namespace ActivityAware.Core.Rules.Pushdown;

/// <summary>
/// A cross-source alternative generalized to one field of the record, so the other patterns of a split can exclude it at their
/// <c>detail</c> top level: either "the field holds one of these strings" (<see cref="Values"/>) or "the field is present"
/// (<see cref="Values"/> null). <see cref="Alternatives"/> are the exact alternatives it stands for.
/// </summary>
internal sealed class PushdownExclusion(string path)
{
    public string Path { get; } = path;

    /// <summary>The strings the field is generalized to; null once any alternative generalized it to "present".</summary>
    public SortedSet<string>? Values { get; private set; } = new(StringComparer.Ordinal);

    public List<JsonObject> Alternatives { get; } = [];

    public void Add(JsonObject alternative, IEnumerable<string>? values)
    {
        Alternatives.Add(alternative);
        if (values is null) Values = null;
        else Values?.UnionWith(values);
    }

    /// <summary>What the first pattern admits for it when it stands for itself: every event with one of the values, or with the field.</summary>
    public JsonNode Admitted() => Values is null
        ? new JsonArray(new JsonObject { ["exists"] = true })
        : new JsonArray(Values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    /// <summary>
    /// The exact complement of <see cref="Admitted"/>: the field absent, or (for values) holding another value or null. A present
    /// field that is an object has no leaf, so it counts as absent for both (EventBridge's exists matches leaves only).
    /// Disjointness does not hang on how EventBridge treats null: <c>exists:true</c> and <c>exists:false</c> never both hold, and
    /// null is listed explicitly in case <c>anything-but</c> skips it (listing it again is harmless: the first pattern admits
    /// only the strings). Only documented operators are used: an <c>anything-but</c> list of strings, <c>exists</c>, <c>null</c>.
    /// </summary>
    public JsonNode Excluded() => Values is null
        ? new JsonArray(new JsonObject { ["exists"] = false })
        : new JsonArray(
            new JsonObject { ["anything-but"] = new JsonArray(Values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray()) },
            new JsonObject { ["exists"] = false },
            null);

    public static void SetPath(JsonObject target, string path, JsonNode value)
    {
        var segments = path.Split('.');
        var node = target;
        foreach (var segment in segments[..^1])
        {
            if (node[segment] is not JsonObject child) node[segment] = child = new JsonObject();
            node = child;
        }
        node[segments[^1]] = value;
    }
}
