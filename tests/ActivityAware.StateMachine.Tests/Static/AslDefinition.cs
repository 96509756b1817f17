using System.Text.Json.Nodes;
using ActivityAware.Testing;

namespace ActivityAware.StateMachine.Tests.Static;

/// <summary>Reads statemachine/activity-aware.asl.json and walks its states, nested Map processors included.</summary>
public static class AslDefinition
{
    public static string RepositoryPath => RepositoryRoot.Combine("statemachine", "activity-aware.asl.json");

    /// <summary>A fresh copy of the repository definition; callers may change it.</summary>
    public static JsonObject Load() =>
        JsonNode.Parse(File.ReadAllText(RepositoryPath)) as JsonObject
            ?? throw new InvalidOperationException($"{RepositoryPath}: not a JSON object");

    /// <summary>The top-level machine and every nested one (Map ItemProcessor/Iterator, Parallel Branches): objects with StartAt and States.</summary>
    public static IEnumerable<(string Location, JsonObject Scope)> Scopes(JsonObject definition)
    {
        var pending = new Stack<(string, JsonObject)>();
        pending.Push(("$", definition));
        while (pending.Count > 0)
        {
            var (location, scope) = pending.Pop();
            yield return (location, scope);
            foreach (var (name, node) in scope["States"] as JsonObject ?? [])
            {
                if (node is not JsonObject state)
                    continue;
                var stateLocation = $"{location}.States['{name}']";
                foreach (var nestedKey in new[] { "ItemProcessor", "Iterator" })
                {
                    if (state[nestedKey] is JsonObject nested)
                        pending.Push(($"{stateLocation}.{nestedKey}", nested));
                }
                var branches = state["Branches"] as JsonArray ?? [];
                for (var index = 0; index < branches.Count; index++)
                {
                    if (branches[index] is JsonObject branch)
                        pending.Push(($"{stateLocation}.Branches[{index}]", branch));
                }
            }
        }
    }

    public static IEnumerable<AslState> States(JsonObject definition) =>
        Scopes(definition).SelectMany(scope => (scope.Scope["States"] as JsonObject ?? [])
            .Where(entry => entry.Value is JsonObject)
            .Select(entry => new AslState(scope.Location, entry.Key, (JsonObject)entry.Value!, scope.Scope)));
}
