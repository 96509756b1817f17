using System.Text.Json.Nodes;

namespace ActivityAware.StateMachine.Tests.Static;

/// <summary>Every ErrorEquals name is one that can occur; States.ALL stands alone and last.</summary>
public static class ErrorNameCheck
{
    public static IReadOnlyList<string> Find(JsonObject definition)
    {
        var findings = new List<string>();
        foreach (var state in AslDefinition.States(definition))
        {
            foreach (var (kind, handlers) in new[] { ("Retry", state.Retriers.ToList()), ("Catch", state.Catchers.ToList()) })
            {
                for (var index = 0; index < handlers.Count; index++)
                {
                    var names = (handlers[index]["ErrorEquals"] as JsonArray ?? []).Select(name => name?.ToString() ?? "null").ToList();
                    var location = $"{state.Location}.{kind}[{index}]";
                    if (names.Count == 0)
                        findings.Add($"{location}: ErrorEquals is missing or empty.");
                    findings.AddRange(names.Where(name => !KnownErrorNames.IsKnown(name))
                        .Select(name => $"{location}: '{name}' is not a Step Functions, Lambda or SQS error nor one of our exceptions; it can never match."));
                    if (names.Contains("States.ALL") && (names.Count > 1 || index != handlers.Count - 1))
                        findings.Add($"{location}: States.ALL must be the only name of the last {kind} entry.");
                }
            }
        }
        return findings;
    }
}
