namespace ActivityAware.Aws.StepFunctions;

/// <summary>
/// One GetExecutionHistory event. <see cref="StateName"/> is set for the *StateEntered/*StateExited events and names the
/// Map state for MapIteration* events, whose <see cref="IterationIndex"/> is the item index; <see cref="Input"/> is the
/// state input of *StateEntered events; <see cref="Error"/>/<see cref="Cause"/> are set for failure events.
/// </summary>
public sealed record HistoryEvent(
    long Id, long PreviousEventId, string Type, string? StateName, int? IterationIndex, string? Input, string? Error, string? Cause)
{
    public bool IsStateEntered => Type.EndsWith("StateEntered", StringComparison.Ordinal);
}
