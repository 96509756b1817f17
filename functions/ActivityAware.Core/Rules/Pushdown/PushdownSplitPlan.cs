using System.Text.Json;
using System.Text.Json.Nodes;
using ActivityAware.Core.Rules.Patterns;

namespace ActivityAware.Core.Rules.Pushdown;

/// <summary>
/// What a split needs to know about the alternatives, whatever the bins: the alternatives of each exact eventSource, the
/// cross-source ones (no exact eventSource) and how the other patterns exclude them, and the sources that must share the
/// first pattern with them.
/// <list type="bullet">
/// <item>A cross-source alternative with an eventName condition is generalized to it (any source); other patterns drop those
/// names from their exact lists. A source with an alternative whose names cannot be told apart that way goes to the first pattern.</item>
/// <item>One with an eventSource condition (a prefix…) stays as is; the sources it admits go to the first pattern.</item>
/// <item>Any other is generalized to one field the other patterns exclude (<see cref="PushdownExclusion"/>): an exact-strings field
/// (the fewest values), else a field it requires to be present.</item>
/// </list>
/// Disjointness assumes what CloudTrail guarantees: eventSource, eventName and the excluded fields are scalars, not arrays.
/// </summary>
internal sealed class PushdownSplitPlan
{
    private PushdownSplitPlan() { }

    public SortedDictionary<string, List<PushdownAlternative>> BySource { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> Pinned { get; } = new(StringComparer.Ordinal);

    /// <summary>First-pattern branches that stand for themselves: eventName generalizations and eventSource-conditioned alternatives.</summary>
    public List<JsonObject> FirstPatternBranches { get; } = [];

    public SortedDictionary<string, PushdownExclusion> Exclusions { get; } = new(StringComparer.Ordinal);

    /// <summary>Null when some cross-source alternative constrains no field the other patterns could exclude.</summary>
    public static PushdownSplitPlan? TryCreate(IEnumerable<PushdownAlternative> alternatives)
    {
        var plan = new PushdownSplitPlan();
        var cross = new List<PushdownAlternative>();
        foreach (var alternative in alternatives)
        {
            if (!alternative.IsWholePattern && alternative.Rest["eventSource"] is JsonArray { Count: > 0 } sources &&
                sources.All(s => s?.GetValueKind() == JsonValueKind.String))
            {
                foreach (var source in sources.Select(s => s!.GetValue<string>()).Distinct(StringComparer.Ordinal))
                    plan.AddSourced(source, alternative);
            }
            else
            {
                cross.Add(alternative);
            }
        }
        var exactNames = new SortedSet<string>(StringComparer.Ordinal);
        var namePredicates = new List<JsonNode>();
        var sourcePredicates = new List<JsonNode>();
        foreach (var alternative in cross)
        {
            var detail = alternative.ToDetailPattern();
            var conditions = EventPatternCompiler.CompileJson(detail.ToJsonString()).Conditions;
            if (conditions.FirstOrDefault(c => c.Path == "eventSource") is { } source)
            {
                plan.FirstPatternBranches.Add(detail);
                sourcePredicates.Add(source.Source.ToJsonNode()!);
            }
            else if (conditions.FirstOrDefault(c => c.Path == "eventName") is { } name)
            {
                if (name.IsExactStringsOnly) exactNames.UnionWith(name.ExactStrings);
                else namePredicates.Add(name.Source.ToJsonNode()!);
            }
            else if (conditions.Where(c => c.IsExactStringsOnly).OrderBy(c => c.ExactStrings.Count).ThenBy(c => c.Path, StringComparer.Ordinal)
                         .FirstOrDefault() is { } exact)
            {
                plan.Exclusion(exact.Path).Add(detail, exact.ExactStrings);
            }
            else if (conditions.Where(c => c.RequiresValue).OrderBy(c => c.Path, StringComparer.Ordinal).FirstOrDefault() is { } present)
            {
                plan.Exclusion(present.Path).Add(detail, null);
            }
            else
            {
                return null;
            }
        }
        if (exactNames.Count > 0)
            plan.FirstPatternBranches.Add(new JsonObject { ["eventName"] = new JsonArray(exactNames.Select(n => (JsonNode)JsonValue.Create(n)).ToArray()) });
        plan.FirstPatternBranches.AddRange(namePredicates.Select(p => new JsonObject { ["eventName"] = p.DeepClone() }));
        plan.SeparateFromNames(exactNames, namePredicates, sourcePredicates);
        return plan;
    }

    private void AddSourced(string source, PushdownAlternative alternative)
    {
        var rest = (JsonObject)alternative.Rest.DeepClone();
        rest["eventSource"] = new JsonArray(source);
        if (!BySource.TryGetValue(source, out var list)) BySource[source] = list = [];
        var key = rest.ToJsonString();
        if (alternative.Names is not null && list.FirstOrDefault(a => a.Names is not null && a.Rest.ToJsonString() == key) is { } same)
            same.Names = same.Names!.Union(alternative.Names, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        else
            list.Add(new PushdownAlternative(rest, alternative.Names?.ToList(), IsWholePattern: false));
    }

    private PushdownExclusion Exclusion(string path)
    {
        if (!Exclusions.TryGetValue(path, out var exclusion)) Exclusions[path] = exclusion = new PushdownExclusion(path);
        return exclusion;
    }

    /// <summary>Drops the generalized names from exact lists and pins the sources whose alternatives could still overlap them.</summary>
    private void SeparateFromNames(SortedSet<string> exactNames, List<JsonNode> namePredicates, List<JsonNode> sourcePredicates)
    {
        foreach (var (source, alternatives) in BySource)
        {
            if (sourcePredicates.Any(p => Admits(p, "eventSource", source))) Pinned.Add(source);
            foreach (var alternative in alternatives)
            {
                if (alternative.Names is not null)
                    alternative.Names = alternative.Names.Where(n => !exactNames.Contains(n) && !namePredicates.Any(p => Admits(p, "eventName", n))).ToList();
                else if (exactNames.Count > 0 || namePredicates.Count > 0)
                {
                    var overlaps = alternative.Rest["eventName"] is not { } condition ||
                                   namePredicates.Count > 0 || exactNames.Any(n => Admits(condition, "eventName", n));
                    if (overlaps) Pinned.Add(source);
                }
            }
            alternatives.RemoveAll(a => a.Names is { Count: 0 });
        }
        foreach (var empty in BySource.Where(p => p.Value.Count == 0).Select(p => p.Key).ToList())
        {
            BySource.Remove(empty);
            Pinned.Remove(empty);
        }
    }

    private static bool Admits(JsonNode valueList, string field, string value)
    {
        var pattern = EventPatternCompiler.CompileJson(new JsonObject { [field] = valueList.DeepClone() }.ToJsonString());
        using var record = JsonDocument.Parse(new JsonObject { [field] = value }.ToJsonString());
        return pattern.Matches(record.RootElement);
    }
}
