namespace ActivityAware.Local.Asl.Definition;

/// <summary>
/// The developer guide's scope rules for variables: a Parallel branch or Map iteration reads the variables of the scopes around it but
/// cannot assign one of them, and a name is unique across nested scopes (no shadowing). Checked at load, as AWS validates them.
/// </summary>
internal static class VariableScopeChecker
{
    public static void Check(StateGraph graph) => Check(graph, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <param name="outer">Each variable assigned in an enclosing scope, with the state that assigns it.</param>
    private static void Check(StateGraph graph, IReadOnlyDictionary<string, string> outer)
    {
        var scope = new Dictionary<string, string>(outer, StringComparer.Ordinal);
        foreach (var state in graph.States.Values)
        {
            foreach (var name in state.AssignedNames())
            {
                if (outer.TryGetValue(name, out var outerState))
                    throw new AslDefinitionException(state.Name, "Assign",
                        $"the variable '{name}' is assigned in an enclosing scope (state '{outerState}'); a Parallel branch or Map iteration can read it but not assign it, and variable names must be unique across nested scopes");
                scope.TryAdd(name, state.Name);
            }
        }
        foreach (var nested in graph.States.Values.SelectMany(s => s.NestedGraphs()))
            Check(nested, scope);
    }
}
