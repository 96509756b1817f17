namespace ActivityAware.Local.Asl;

/// <summary>
/// A named error inside an execution, as Step Functions reports it (<c>States.Runtime</c>, <c>States.TaskFailed</c>,
/// or a Lambda function's exception class name). Retry and Catch match on <see cref="Error"/>.
/// </summary>
public sealed class StatesErrorException(string? error, string? cause, Exception? inner = null)
    : Exception($"{error}: {cause}", inner)
{
    /// <summary>The error name; null only for a Fail state that names none.</summary>
    public string? Error { get; } = error;

    public string? Cause { get; } = cause;
}
