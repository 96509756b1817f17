using System.Text.Json.Nodes;
using ActivityAware.Core.Rules.Patterns;

namespace ActivityAware.Core.Rules.Pushdown;

/// <summary>
/// The rules' pushdown alternatives: each rule's eventSource / eventName / errorCode constraints (times each top-level
/// <c>$or</c>'s alternatives); a rule with none of the three contributes its whole pattern. Each is a relaxation of a rule's
/// pattern, so every event a rule matches passes one of them. Alternatives that differ only in exact eventName values are merged.
/// </summary>
internal static class PushdownAlternatives
{
    private static readonly string[] PushedFields = ["eventSource", "eventName", "errorCode"];

    public static List<PushdownAlternative> Of(RulePack pack)
    {
        var merged = new Dictionary<string, PushdownAlternative>(StringComparer.Ordinal);
        foreach (var alternative in pack.Rules.SelectMany(r => Relax(r.Match)))
        {
            var key = alternative.Rest.ToJsonString() + (alternative.Names is null ? "|any" : "|names");
            if (merged.TryGetValue(key, out var existing) && existing.Names is not null && alternative.Names is not null)
                existing.Names = existing.Names.Union(alternative.Names, StringComparer.Ordinal).ToList();
            else
                merged.TryAdd(key, alternative);
        }
        foreach (var alternative in merged.Values.Where(a => a.Names is not null))
            alternative.Names = alternative.Names!.Order(StringComparer.Ordinal).ToList();
        return merged.Values.ToList();
    }

    private static IEnumerable<PushdownAlternative> Relax(EventPattern pattern)
    {
        var relaxed = RelaxBranch(pattern);
        return relaxed.Any(r => r.Names is null && r.Rest.Count == 0)
            ? [new PushdownAlternative(pattern.Source.ToJsonNode()!.AsObject(), null, IsWholePattern: true)]
            : relaxed;
    }

    private static List<PushdownAlternative> RelaxBranch(EventPattern pattern)
    {
        var pushed = pattern.Conditions.Where(c => PushedFields.Contains(c.Path)).ToList();
        IEnumerable<PushdownAlternative> results = [Alternative(pushed)];
        foreach (var or in pattern.Alternatives)
        {
            var branches = or.SelectMany(RelaxBranch).ToList();
            results = results.SelectMany(r => branches.Select(b => Combine(r, b))).ToList();
        }
        return results.ToList();
    }

    private static PushdownAlternative Alternative(List<FieldCondition> pushed)
    {
        var rest = new JsonObject();
        List<string>? names = null;
        foreach (var condition in pushed)
        {
            if (condition.Path == "eventName" && condition.IsExactStringsOnly)
                names = condition.ExactStrings.ToList();
            else
                rest[condition.Path] = condition.Source.ToJsonNode()!;
        }
        return new PushdownAlternative(rest, names, IsWholePattern: false);
    }

    private static PushdownAlternative Combine(PushdownAlternative a, PushdownAlternative b)
    {
        var rest = (JsonObject)a.Rest.DeepClone();
        foreach (var (name, value) in b.Rest) rest[name] = value!.DeepClone();
        var names = a.Names is null ? b.Names : b.Names is null ? a.Names : a.Names.Intersect(b.Names, StringComparer.Ordinal).ToList();
        return new PushdownAlternative(rest, names, IsWholePattern: false);
    }
}
