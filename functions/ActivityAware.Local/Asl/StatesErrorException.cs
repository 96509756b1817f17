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

    /// <summary>
    /// True once the cause carries AWS's "An error occurred while executing the state …" prefix, so a Map or Parallel state that
    /// passes a nested state's States.Runtime on does not prefix it again.
    /// </summary>
    public bool NamesState { get; init; }

    /// <summary>The JSONata field whose evaluation failed (<c>Output/v</c>, <c>Choices[0]/Condition</c>); null for other failures.</summary>
    public string? EvaluationField { get; init; }

    /// <summary>
    /// True once the execution history holds this failure's EvaluationFailed event. Set where it is recorded (the Retry/Catch runner or
    /// the graph runner), so a failure passing both is recorded once.
    /// </summary>
    public bool EvaluationRecorded { get; set; }

    /// <summary>
    /// A States.Runtime or States.QueryEvaluationError failure of a state as AWS words it: the cause prefixed with the state and the id of
    /// its StateEntered event. Other errors, and causes already prefixed, pass unchanged.
    /// </summary>
    public StatesErrorException InState(string stateName, long enteredEventId) =>
        Error is not (StatesErrorNames.Runtime or StatesErrorNames.QueryEvaluationError) || NamesState
            ? this
            : new StatesErrorException(Error, $"An error occurred while executing the state '{stateName}' (entered at the event id #{enteredEventId}). {Cause}", this)
            {
                NamesState = true,
                EvaluationField = EvaluationField,
                EvaluationRecorded = EvaluationRecorded,
            };
}
