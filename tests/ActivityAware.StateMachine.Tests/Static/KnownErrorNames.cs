using System.Text.RegularExpressions;

namespace ActivityAware.StateMachine.Tests.Static;

/// <summary>
/// Error names a Retry or Catch may match. A name outside this list can never match (e.g. the non-existent
/// States.TaskFailedId), so the guard behind it silently does nothing.
/// </summary>
public static partial class KnownErrorNames
{
    public static readonly IReadOnlySet<string> StepFunctions = new HashSet<string>
    {
        "States.ALL", "States.BranchFailed", "States.DataLimitExceeded", "States.ExceedToleratedFailureThreshold",
        "States.HeartbeatTimeout", "States.Http.Socket", "States.IntrinsicFailure", "States.ItemReaderFailed",
        "States.NoChoiceMatched", "States.ParameterPathFailure", "States.Permissions", "States.QueryEvaluationError",
        "States.ResultPathMatchFailure", "States.ResultWriterFailed", "States.Runtime", "States.TaskFailed", "States.Timeout",
    };

    /// <summary>What the lambda:invoke integration raises when the invocation itself (not the function) fails.</summary>
    public static readonly IReadOnlySet<string> LambdaService = new HashSet<string>
    {
        "Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
        "Lambda.ClientExecutionTimeoutException", "Lambda.Unknown",
    };

    /// <summary>
    /// Our exceptions whose class name is the error name (the .NET runtime reports the exception type's Name).
    /// Contract with the step code: each must exist as an Exception type in ActivityAware.Core/Aws/Functions.
    /// </summary>
    public static readonly IReadOnlySet<string> OurExceptions = new HashSet<string>
    {
        "UnsupportedEventShapeException",
        "DestinationThrottledException",
        "DestinationUnavailableException",
        "DestinationRejectedException",
        "DestinationConfigurationException",
    };

    public static bool IsKnown(string name) =>
        StepFunctions.Contains(name) || LambdaService.Contains(name) || OurExceptions.Contains(name) || SqsError().IsMatch(name);

    /// <summary>The sqs:sendMessage integration raises SQS.&lt;ExceptionName&gt; (e.g. SQS.QueueDoesNotExistException).</summary>
    [GeneratedRegex(@"^SQS\.[A-Z][A-Za-z]*(Exception|Error)$")]
    private static partial Regex SqsError();
}
