namespace ActivityAware.Aws.StepFunctions;

/// <summary>
/// What DescribeExecution and StartSyncExecution report about one execution. Input and Output are JSON text as the
/// service returns it; Error and Cause are set when the execution failed.
/// </summary>
public sealed record ExecutionDescription(
    string ExecutionArn,
    string? Name,
    string Status,
    string? Input,
    string? Output,
    string? Error,
    string? Cause)
{
    public bool IsRunning => Status == "RUNNING";
}
