namespace ActivityAware.Local.Asl.Definition;

/// <summary>A loaded, validated state machine (JSONPath query language). <see cref="Name"/> is the file name without <c>.asl.json</c>.</summary>
public sealed record StateMachineDefinition(string Name, StateGraph Graph, int? TimeoutSeconds, string? Comment)
{
    public IEnumerable<StateDefinition> AllStates() => Graph.AllStates();
}
