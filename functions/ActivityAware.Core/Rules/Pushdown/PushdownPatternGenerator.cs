using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActivityAware.Core.Rules.Patterns;

namespace ActivityAware.Core.Rules.Pushdown;

/// <summary>
/// Builds the EventBridge pushdown pattern: the union of the enabled rules' eventSource / eventName / errorCode
/// constraints under <c>detail</c>, joined with <c>$or</c>. Each alternative is a relaxation of a rule's pattern (fields
/// other than those three are dropped), so every event a rule matches also passes the pushdown. A rule with none of the
/// three constraints contributes its whole pattern. Alternatives that differ only in exact eventName values are merged.
/// When the text exceeds <see cref="MaximumLength"/>, error-code lists become <c>errorCode exists</c>, then the largest eventName lists are widened to the verbs they start
/// with (<c>Create</c>, <c>Delete</c> …) until it fits: still a superset, at the cost of more executions. After each step,
/// names that an alternative constrained by eventName alone already admits are dropped from the others (the union is unchanged).
/// </summary>
public static class PushdownPatternGenerator
{
    /// <summary>
    /// EventBridge's default quota for an event pattern, in characters: PutRule accepts 4096, but only after a quota increase,
    /// so a pattern over 2048 fails `sam deploy` in an ordinary account.
    /// </summary>
    public const int MaximumLength = 2048;

    private static readonly string[] PushedFields = ["eventSource", "eventName", "errorCode"];
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static EventBridgePattern Generate(RulePack pack, int maximumLength = MaximumLength)
    {
        var groups = MergedAlternatives(pack);
        Subsume(groups);
        var json = Render(groups);
        if (json.Length > maximumLength)
        {
            // First relaxation (the architecture's "errorCode exists OR watched names"): any error code reaches the rules.
            groups.RemoveAll(g => g.Names is null && !g.IsWholePattern && g.Rest.Count == 1 && g.Rest.ContainsKey("errorCode"));
            groups.Add(new PushdownAlternative(new JsonObject { ["errorCode"] = new JsonArray(new JsonObject { ["exists"] = true }) }, null, IsWholePattern: false));
            json = Render(groups);
        }
        while (json.Length > maximumLength && groups.Where(g => g.Names is { Count: > 1 } && !g.Widened)
                   .MaxBy(g => g.Names!.Sum(n => n.Length)) is { } largest)
        {
            largest.Names = largest.Names!.Select(LeadingVerb).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            largest.Widened = true;
            Subsume(groups);
            json = Render(groups);
        }
        if (json.Length > maximumLength)
            throw new PushdownPatternTooLongException(json.Length, maximumLength);
        return new EventBridgePattern(json);
    }

    private static List<PushdownAlternative> MergedAlternatives(RulePack pack)
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

    /// <summary>The pushdown alternatives of one pattern: its own pushed fields, times each top-level $or's alternatives.</summary>
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
                rest[condition.Path] = ValueList(condition);
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

    /// <summary>
    /// Removes from every alternative the eventNames that an alternative with no other constraint admits anyway; an alternative left
    /// with no names is removed. The set of events the pattern admits stays the same.
    /// </summary>
    private static void Subsume(List<PushdownAlternative> groups)
    {
        var broad = groups.Where(g => g.Rest.Count == 0 && g.Names is not null && !g.IsWholePattern).ToList();
        foreach (var group in groups.Where(g => g.Names is not null && !g.IsWholePattern))
        {
            var others = broad.Where(b => !ReferenceEquals(b, group)).ToList();
            if (others.Count == 0) continue;
            group.Names = group.Names!.Where(name => !others.Any(b => Admits(b, name, group.Widened))).ToList();
        }
        groups.RemoveAll(g => g.Names is { Count: 0 });
    }

    /// <summary>True when <paramref name="broad"/> admits every event name that <paramref name="name"/> stands for (exactly, or as a prefix when widened).</summary>
    private static bool Admits(PushdownAlternative broad, string name, bool nameIsPrefix) =>
        broad.Widened
            ? broad.Names!.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal))
            : !nameIsPrefix && broad.Names!.Contains(name, StringComparer.Ordinal);

    private static JsonNode ValueList(FieldCondition condition) => condition.Source.ToJsonNode()!;

    private static string LeadingVerb(string eventName)
    {
        var end = 1;
        while (end < eventName.Length && !char.IsUpper(eventName[end])) end++;
        return eventName[..end];
    }

    private static string Render(List<PushdownAlternative> alternatives)
    {
        var details = alternatives.Select(a => a.ToDetailPattern()).OrderBy(d => d.ToJsonString(Compact), StringComparer.Ordinal).ToList();
        var pattern = new JsonObject
        {
            ["source"] = new JsonArray(new JsonObject { ["prefix"] = "aws." }),
            ["detail-type"] = new JsonArray("AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail"),
            ["detail"] = details.Count == 1 ? details[0] : new JsonObject { ["$or"] = new JsonArray(details.ToArray<JsonNode?>()) },
        };
        return pattern.ToJsonString(Compact);
    }
}
