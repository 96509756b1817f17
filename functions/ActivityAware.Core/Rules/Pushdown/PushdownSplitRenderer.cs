using System.Text.Json.Nodes;

namespace ActivityAware.Core.Rules.Pushdown;

/// <summary>
/// Writes the patterns of one assignment of sources to patterns. The first pattern holds the cross-source alternatives and its
/// own sources; every other pattern holds its sources' alternatives under the exclusions of the cross-source ones.
/// <para>An exclusion to "present" (<c>errorCode</c>) is admitted by the first pattern either <em>narrowly</em> (its exact
/// alternatives, plus the field present on an event of another pattern's source, which those patterns excluded) or
/// <em>broadly</em> (the field present on any event: shorter, more executions).</para>
/// </summary>
internal static class PushdownSplitRenderer
{
    /// <param name="bins">Sources per pattern; the first is the first pattern's.</param>
    public static List<JsonObject> Details(PushdownSplitPlan plan, IReadOnlyList<IReadOnlyCollection<string>> bins, bool narrow)
    {
        var first = FirstPatternBranches(plan, bins, narrow);
        var details = first.Count == 0 ? [] : new List<JsonObject> { PushdownEnvelope.Detail(PushdownEnvelope.Ordered(first)) };
        var exclusions = Exclusions(plan);
        foreach (var bin in bins.Skip(1))
        {
            var branches = PushdownEnvelope.Ordered(Branches(plan, bin));
            if (exclusions.Count == 0)
                details.Add(PushdownEnvelope.Detail(branches));
            else if (branches.Count > 1)
                details.Add(Merged(exclusions, new JsonObject { ["$or"] = new JsonArray(branches.Select(b => (JsonNode)b).ToArray()) }));
            else
                // EventBridge reads a $or of one entry as a field name, so a branch that constrains an excluded field is listed twice.
                details.Add(JsonPatternMerge.Both(exclusions, branches[0]) ??
                            Merged(exclusions, new JsonObject { ["$or"] = new JsonArray(branches[0], branches[0].DeepClone()) }));
        }
        return details;
    }

    /// <summary>The branches of every pattern with each pattern's exclusions folded in: one <c>$or</c> matches what any pattern matches.</summary>
    public static List<JsonObject> UnionBranches(PushdownSplitPlan plan, IReadOnlyList<IReadOnlyCollection<string>> bins, bool narrow)
    {
        var union = FirstPatternBranches(plan, bins, narrow);
        var exclusions = Exclusions(plan);
        foreach (var bin in bins.Skip(1))
            union.AddRange(Branches(plan, bin).Select(b => JsonPatternMerge.BothOrNested(exclusions, b)));
        return PushdownEnvelope.Ordered(union);
    }

    private static List<JsonObject> FirstPatternBranches(PushdownSplitPlan plan, IReadOnlyList<IReadOnlyCollection<string>> bins, bool narrow)
    {
        var others = bins.Skip(1).SelectMany(b => b).Order(StringComparer.Ordinal).ToList();
        var branches = plan.FirstPatternBranches.Select(b => (JsonObject)b.DeepClone()).Concat(Branches(plan, bins[0])).ToList();
        foreach (var exclusion in plan.Exclusions.Values)
        {
            if (exclusion.Values is null && narrow && others.Count > 0)
            {
                branches.AddRange(exclusion.Alternatives.Select(a => (JsonObject)a.DeepClone()));
                var present = new JsonObject { ["eventSource"] = new JsonArray(others.Select(s => (JsonNode)JsonValue.Create(s)).ToArray()) };
                PushdownExclusion.SetPath(present, exclusion.Path, exclusion.Admitted());
                branches.Add(present);
            }
            else
            {
                var admitted = new JsonObject();
                PushdownExclusion.SetPath(admitted, exclusion.Path, exclusion.Admitted());
                branches.Add(admitted);
            }
        }
        return branches;
    }

    private static IEnumerable<JsonObject> Branches(PushdownSplitPlan plan, IEnumerable<string> sources) =>
        sources.SelectMany(s => plan.BySource[s]).Select(a => a.ToDetailPattern());

    private static JsonObject Exclusions(PushdownSplitPlan plan)
    {
        var excluded = new JsonObject();
        foreach (var exclusion in plan.Exclusions.Values) PushdownExclusion.SetPath(excluded, exclusion.Path, exclusion.Excluded());
        return excluded;
    }

    private static JsonObject Merged(JsonObject exclusions, JsonObject rest)
    {
        var merged = (JsonObject)exclusions.DeepClone();
        foreach (var (name, value) in rest) merged[name] = value?.DeepClone();
        return merged;
    }
}
