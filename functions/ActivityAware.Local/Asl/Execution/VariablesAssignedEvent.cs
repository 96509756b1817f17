using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Execution;

/// <summary>
/// The exit of a state that assigned variables. A kind of its own so that the events of machines without variables (nearly every event)
/// carry no field for them.
/// </summary>
public sealed record VariablesAssignedEvent : ExecutionEvent
{
    public VariablesAssignedEvent(ExecutionEvent exited, JsonObject assignedVariables) : base(exited) => AssignedVariables = assignedVariables;

    public override JsonObject? AssignedVariables { get; }
}
