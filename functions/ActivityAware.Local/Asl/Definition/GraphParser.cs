using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Definition;

/// <summary>Parses StartAt + States and checks transitions: every target exists in the same graph, every state is reachable.</summary>
internal static class GraphParser
{
    private static readonly HashSet<string> Fields = new(["StartAt", "States", "Comment"], StringComparer.Ordinal);

    /// <param name="machineLanguage">The machine's top-level QueryLanguage, which every state without its own uses, nested graphs' included.</param>
    public static StateGraph Parse(JsonNode? node, string where, QueryLanguage machineLanguage)
    {
        if (node is not JsonObject obj)
            throw new AslDefinitionException(null, where, "must be an object with StartAt and States");
        foreach (var (key, _) in obj)
        {
            // A branch or ItemProcessor is not a state: its states set QueryLanguage one by one (AWS validation: "Field 'QueryLanguage' is not supported").
            if (key == QueryLanguageFields.Name)
                throw new AslDefinitionException(null, $"{where}.{key}", "Field 'QueryLanguage' is not supported; set it on the state machine or on each state");
            if (!Fields.Contains(key))
                throw new AslDefinitionException(null, $"{where}.{key}", $"unknown field; expected one of {string.Join(", ", Fields)}");
        }
        if (obj.TryGetPropertyValue("Comment", out var comment) && !AslJson.IsString(comment))
            throw new AslDefinitionException(null, $"{where}.Comment", $"must be a string but is {AslJson.TypeName(comment)}");
        var startAt = AslJson.TryGetString(obj["StartAt"], out var s) ? s : throw new AslDefinitionException(null, $"{where}.StartAt", "is required and must be a string");
        if (obj["States"] is not JsonObject { Count: > 0 } statesObject)
            throw new AslDefinitionException(null, $"{where}.States", "is required and must be a non-empty object");
        var states = new Dictionary<string, StateDefinition>(StringComparer.Ordinal);
        foreach (var (name, value) in statesObject)
            states[name] = StateParser.Parse(name, value, machineLanguage);
        if (!states.ContainsKey(startAt))
            throw new AslDefinitionException(null, $"{where}.StartAt", $"'{startAt}' is not a state of this graph");
        foreach (var state in states.Values)
        {
            foreach (var target in state.Transitions())
            {
                if (!states.ContainsKey(target))
                    throw new AslDefinitionException(state.Name, "Next", $"transition to '{target}', which is not a state of the same graph");
            }
        }
        CheckReachable(startAt, states);
        if (!states.Values.Any(st => st.End))
            throw new AslDefinitionException(null, $"{where}.States", "no state ends the graph; at least one state needs \"End\": true or must be a Succeed or Fail state");
        return new StateGraph(startAt, states);
    }

    private static void CheckReachable(string startAt, Dictionary<string, StateDefinition> states)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { startAt };
        var queue = new Queue<string>([startAt]);
        while (queue.TryDequeue(out var name))
        {
            foreach (var target in states[name].Transitions().Where(seen.Add))
                queue.Enqueue(target);
        }
        var unreachable = states.Keys.FirstOrDefault(n => !seen.Contains(n));
        if (unreachable is not null)
            throw new AslDefinitionException(unreachable, "States", "the state is not reachable from StartAt");
    }
}
