using System.Text.Json.Nodes;

namespace ActivityAware.StateMachine.Tests.Static;

/// <summary>In every (nested) machine, StartAt and each transition name an existing state and every state is reachable.</summary>
public static class ReachabilityCheck
{
    public static IReadOnlyList<string> Find(JsonObject definition)
    {
        var findings = new List<string>();
        foreach (var (location, scope) in AslDefinition.Scopes(definition))
        {
            var states = scope["States"] as JsonObject ?? [];
            var startAt = scope["StartAt"]?.ToString();
            if (startAt is null || !states.ContainsKey(startAt))
            {
                findings.Add($"{location}: StartAt '{startAt}' is not a state.");
                continue;
            }
            var reached = new HashSet<string> { startAt };
            var pending = new Queue<string>([startAt]);
            while (pending.TryDequeue(out var name))
            {
                foreach (var target in Transitions((JsonObject)states[name]!))
                {
                    if (!states.ContainsKey(target))
                        findings.Add($"{location}.States['{name}']: transition to '{target}', which is not a state.");
                    else if (reached.Add(target))
                        pending.Enqueue(target);
                }
            }
            findings.AddRange(states.Select(entry => entry.Key).Where(name => !reached.Contains(name))
                .Select(name => $"{location}.States['{name}']: not reachable from StartAt '{startAt}'."));
        }
        return findings;
    }

    private static IEnumerable<string> Transitions(JsonObject state)
    {
        var targets = new List<JsonNode?> { state["Next"], state["Default"] };
        targets.AddRange((state["Choices"] as JsonArray ?? []).Select(choice => choice?["Next"]));
        targets.AddRange((state["Catch"] as JsonArray ?? []).Select(catcher => catcher?["Next"]));
        return targets.OfType<JsonNode>().Select(target => target.ToString());
    }
}
