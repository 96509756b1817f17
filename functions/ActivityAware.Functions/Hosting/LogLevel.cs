namespace ActivityAware.Functions.Hosting;

/// <summary>The levels of <see cref="StepLog"/>, least severe first; ACTIVITY_AWARE_LOG_LEVEL names one.</summary>
public enum LogLevel
{
    Debug,
    Info,
    Warning,
    Error,
}
