using System.Text.Json;

namespace ActivityAware.Core.Rules;

/// <summary>Runs every rule's embedded examples through that rule alone (match, then exceptions).</summary>
public static class RuleExampleRunner
{
    public static IReadOnlyList<RuleExampleResult> Run(RulePack pack)
    {
        var results = new List<RuleExampleResult>();
        foreach (var rule in pack.Rules)
        {
            var single = new RuleEngine(new RulePack([rule]));
            foreach (var example in rule.Examples)
            {
                try
                {
                    using var document = JsonDocument.Parse(example.RecordJson);
                    results.Add(new RuleExampleResult(rule, example, single.Evaluate(document.RootElement).Count > 0, null));
                }
                catch (JsonException e)
                {
                    results.Add(new RuleExampleResult(rule, example, false, $"example is not valid JSON: {e.Message}"));
                }
            }
        }
        return results;
    }
}
