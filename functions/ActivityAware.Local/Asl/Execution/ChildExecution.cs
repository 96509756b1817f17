using System.Text.Json.Nodes;

namespace ActivityAware.Local.Asl.Execution;

/// <summary>
/// The <c>$$.Execution</c> and <c>$$.StateMachine</c> of a Distributed Map's child workflow execution, which states in it read instead
/// of the parent's. Set for the flow of one child run only (an async-local), so the parent's states and other children never see it.
/// </summary>
public sealed record ChildExecution(JsonObject Execution, JsonObject StateMachine)
{
    private static readonly AsyncLocal<ChildExecution?> CurrentChild = new();

    /// <summary>The child execution's own history, which <see cref="ExecutionRun"/> appends to under its lock.</summary>
    internal List<ExecutionEvent> History { get; } = [];

    public static ChildExecution? Current
    {
        get => CurrentChild.Value;
        set => CurrentChild.Value = value;
    }
}
