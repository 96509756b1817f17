namespace ActivityAware.Aws.StepFunctions;

/// <summary>
/// One GetExecutionHistory event. <see cref="StateName"/> is set for the *StateEntered and *StateExited events;
/// <see cref="Error"/>/<see cref="Cause"/> for failure events (task, Lambda, execution, Map iteration).
/// </summary>
public sealed record HistoryEvent(long Id, long PreviousEventId, string Type, string? StateName, string? Error, string? Cause)
{
    public bool IsStateEntered => Type.EndsWith("StateEntered", StringComparison.Ordinal);
}
