namespace ActivityAware.Local.Asl.Execution;

public enum ExecutionStatus
{
    Succeeded,
    Failed,
    TimedOut,
}
