namespace ActivityAware.Local.Asl.Definition;

/// <summary>A StartAt plus its States: the top level of a machine, a Parallel branch, or a Map's ItemProcessor.</summary>
public sealed record StateGraph(string StartAt, IReadOnlyDictionary<string, StateDefinition> States)
{
    /// <summary>Every state of this graph and of the graphs nested in it, depth first.</summary>
    public IEnumerable<StateDefinition> AllStates()
    {
        foreach (var state in States.Values)
        {
            yield return state;
            foreach (var nested in state.NestedGraphs().SelectMany(g => g.AllStates()))
                yield return nested;
        }
    }
}
