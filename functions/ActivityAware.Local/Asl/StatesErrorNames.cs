namespace ActivityAware.Local.Asl;

/// <summary>The predefined error names of the Amazon States Language.</summary>
public static class StatesErrorNames
{
    public const string All = "States.ALL";
    public const string TaskFailed = "States.TaskFailed";
    public const string Timeout = "States.Timeout";
    public const string HeartbeatTimeout = "States.HeartbeatTimeout";
    public const string Runtime = "States.Runtime";
    public const string DataLimitExceeded = "States.DataLimitExceeded";
    public const string NoChoiceMatched = "States.NoChoiceMatched";
    public const string IntrinsicFailure = "States.IntrinsicFailure";
    public const string ResultPathMatchFailure = "States.ResultPathMatchFailure";
    public const string ParameterPathFailure = "States.ParameterPathFailure";
    public const string BranchFailed = "States.BranchFailed";
    public const string Permissions = "States.Permissions";
    public const string ExceedToleratedFailureThreshold = "States.ExceedToleratedFailureThreshold";
    public const string QueryEvaluationError = "States.QueryEvaluationError";

    /// <summary>
    /// Every predefined name (the spec's Appendix A plus AWS's States.Runtime, States.DataLimitExceeded and the HTTP task's
    /// States.Http.Socket): the spec reserves the
    /// "States." prefix, so any other name with it can never be raised and an ErrorEquals naming one is a definition error.
    /// </summary>
    public static readonly IReadOnlySet<string> Predefined = new HashSet<string>(
    [
        All, HeartbeatTimeout, Timeout, TaskFailed, Permissions, ResultPathMatchFailure, ParameterPathFailure, QueryEvaluationError,
        BranchFailed, NoChoiceMatched, IntrinsicFailure, ExceedToleratedFailureThreshold, "States.ItemReaderFailed", "States.ResultWriterFailed",
        Runtime, DataLimitExceeded, "States.Http.Socket",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Whether a Retrier's or Catcher's ErrorEquals list matches <paramref name="error"/>. States.Runtime is terminal: nothing matches
    /// it. States.ALL matches every other error, States.DataLimitExceeded included (AWS recording: localstack
    /// v2/error_handling/test_states_errors.snapshot.json, test_*_catch_state_all_data_limit_exceeded_on_large_utf8_response: a Task
    /// whose result is over the limit is caught by States.ALL although the developer guide calls the error terminal);
    /// States.TaskFailed matches every error except States.Timeout.
    /// </summary>
    public static bool Matches(IReadOnlyList<string> errorEquals, string? error)
    {
        if (error == Runtime)
            return false;
        foreach (var name in errorEquals)
        {
            if (name == error)
                return true;
            if (name == All)
                return true;
            if (name == TaskFailed && error != Timeout)
                return true;
        }
        return false;
    }
}
