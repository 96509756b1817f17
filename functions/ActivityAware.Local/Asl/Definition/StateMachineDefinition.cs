namespace ActivityAware.Local.Asl.Definition;

/// <summary>A loaded, validated state machine. <see cref="Name"/> is the file name without <c>.asl.json</c>.</summary>
public sealed record StateMachineDefinition(string Name, StateGraph Graph, int? TimeoutSeconds, string? Comment)
{
    /// <summary>The top-level QueryLanguage (JSONPath when absent); each state may use JSONata instead.</summary>
    public QueryLanguage QueryLanguage { get; init; }

    public IEnumerable<StateDefinition> AllStates() => Graph.AllStates();
}
