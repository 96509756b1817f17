using ActivityAware.Core.Rules.Patterns;

namespace ActivityAware.Core.Rules.Files;

/// <summary>Reads the structured sections of a rule file: dedupe, threshold and examples.</summary>
internal static class RuleSectionReader
{
    public static RuleDedupe? Dedupe(PatternNode node, RuleFieldReader reader)
    {
        var fields = reader.Fields(node, "'dedupe'", ["fields", "window"]);
        var before = reader.Errors.Count;
        if (!fields.ContainsKey("fields")) reader.Error(node.Position, "'dedupe' needs 'fields' (record paths forming the key)");
        var keyFields = fields.TryGetValue("fields", out var f) ? reader.List(f.Value, "dedupe.fields", n => reader.FieldPath(n, "dedupe.fields")) : [];
        // Without a window the deployment's (DedupeWindowMinutes, replay --dedupe-window) applies.
        var window = fields.TryGetValue("window", out var w) ? reader.Duration(w.Value, "dedupe.window") : null;
        return reader.Errors.Count == before ? new RuleDedupe(keyFields, window) : null;
    }

    public static RuleThreshold? Threshold(PatternNode node, RuleFieldReader reader)
    {
        var fields = reader.Fields(node, "'threshold'", ["count", "distinct", "group-by", "window"]);
        var before = reader.Errors.Count;
        foreach (var required in new[] { "count", "group-by", "window" }.Where(r => !fields.ContainsKey(r)))
            reader.Error(node.Position, $"'threshold' needs '{required}'");
        var count = fields.TryGetValue("count", out var c) ? reader.PositiveInteger(c.Value, "threshold.count", 2, RuleThreshold.MaxCount) : null;
        var distinct = fields.TryGetValue("distinct", out var d) ? reader.FieldPath(d.Value, "threshold.distinct") : null;
        var groupBy = fields.TryGetValue("group-by", out var g)
            ? reader.List(g.Value, "threshold.group-by", n => reader.FieldPath(n, "threshold.group-by"))
            : [];
        var window = fields.TryGetValue("window", out var w) ? reader.Duration(w.Value, "threshold.window") : null;
        return reader.Errors.Count == before && count is { } n && window is { } span
            ? new RuleThreshold(n, distinct, groupBy, span)
            : null;
    }

    public static IReadOnlyList<RuleExample> Examples(PatternNode node, RuleFieldReader reader)
    {
        var fields = reader.Fields(node, "'examples'", ["match", "no-match"]);
        var examples = new List<RuleExample>();
        foreach (var (name, shouldMatch) in new[] { ("match", true), ("no-match", false) })
        {
            if (!fields.TryGetValue(name, out var list)) continue;
            examples.AddRange(reader.List(list.Value, $"examples.{name}", e => Example(e, shouldMatch, name, reader)));
        }
        return examples;
    }

    private static RuleExample? Example(PatternNode node, bool shouldMatch, string name, RuleFieldReader reader)
    {
        if (node.Kind == PatternNodeKind.Object)
            return new RuleExample(shouldMatch, node.ToJsonNode()!.ToJsonString(), node.Position);
        reader.Error(node.Position, $"each entry of 'examples.{name}' must be a CloudTrail record (a mapping)");
        return null;
    }
}
