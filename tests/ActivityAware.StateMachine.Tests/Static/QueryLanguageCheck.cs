using System.Text.Json.Nodes;

namespace ActivityAware.StateMachine.Tests.Static;

/// <summary>
/// QueryLanguage, if set, is set once at the top level to JSONPath (what the local interpreter runs).
/// A QueryLanguage key inside "States" is read by AWS as a state named QueryLanguage, not as a setting.
/// </summary>
public static class QueryLanguageCheck
{
    public const string Expected = "JSONPath";

    public static IReadOnlyList<string> Find(JsonObject definition)
    {
        var findings = new List<string>();
        var topLevel = definition["QueryLanguage"]?.ToString();
        if (topLevel is not null && topLevel != Expected)
            findings.Add($"$.QueryLanguage is '{topLevel}'; the definition and the local interpreter use {Expected}.");
        foreach (var (location, scope) in AslDefinition.Scopes(definition))
        {
            if (scope["States"] is JsonObject states && states.ContainsKey("QueryLanguage"))
                findings.Add($"{location}.States: contains 'QueryLanguage', which AWS reads as a state; set it at the top level.");
            if (!ReferenceEquals(scope, definition) && scope.ContainsKey("QueryLanguage"))
                findings.Add($"{location}: QueryLanguage is set below the top level; set it once at the top level.");
        }
        findings.AddRange(AslDefinition.States(definition).Where(state => state.Body.ContainsKey("QueryLanguage"))
            .Select(state => $"{state.Location}: QueryLanguage is set on a state; set it once at the top level."));
        return findings;
    }
}
