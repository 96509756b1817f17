namespace ActivityAware.Local;

/// <summary>Process exit codes, part of the command-line contract.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Some input could not be read, or a rule file is invalid; everything readable was still processed.</summary>
    public const int InputFailed = 1;
    public const int UsageError = 2;
    /// <summary><c>asl run</c>: the execution failed; stdout carries <c>{"error": …, "cause": …}</c>.</summary>
    public const int ExecutionFailed = 3;
}
