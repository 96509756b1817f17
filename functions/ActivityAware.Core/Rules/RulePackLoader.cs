using ActivityAware.Core.Rules.Files;

namespace ActivityAware.Core.Rules;

/// <summary>
/// Builds a pack from a baseline (usually the default pack) and users' rule files: a rule whose id is in the baseline
/// replaces it; a new id is added; <c>disable:</c> removes ids. Two files with one id, or a disabled id that exists
/// nowhere, are errors.
/// </summary>
public static class RulePackLoader
{
    public static RulePackLoadResult Load(RulePack baseline, IEnumerable<RuleSource> sources)
    {
        var errors = new List<RuleFileError>();
        var rules = baseline.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var order = baseline.Rules.Select(r => r.Id).ToList();
        var definedBy = new Dictionary<string, string>(StringComparer.Ordinal);
        var disabled = new List<(string Id, RuleFileError Where)>();
        foreach (var source in sources)
        {
            var parsed = RuleFileParser.Parse(source.Name, source.Text);
            errors.AddRange(parsed.Errors);
            disabled.AddRange(parsed.Disabled.Select(d => (d.Id, new RuleFileError(source.Name, d.Position.Line, d.Position.Column, ""))));
            if (parsed.Rule is not { } rule) continue;
            if (definedBy.TryGetValue(rule.Id, out var first))
            {
                errors.Add(new RuleFileError(source.Name, parsed.IdPosition.Line, parsed.IdPosition.Column,
                    $"duplicate rule id '{rule.Id}', already defined in {first}; ids must be unique (to replace a default rule, use its id once)"));
                continue;
            }
            definedBy[rule.Id] = source.Name;
            if (!rules.ContainsKey(rule.Id)) order.Add(rule.Id);
            rules[rule.Id] = rule;
        }
        foreach (var (id, where) in disabled)
        {
            if (rules.ContainsKey(id) || baseline.Rules.Any(r => r.Id == id))
                order.Remove(id);
            else
                errors.Add(where with { Message = $"disable: unknown rule id '{id}'; run 'rules list' to see the ids" });
        }
        return new RulePackLoadResult(new RulePack(order.Select(id => rules[id]).ToList()), errors);
    }
}
