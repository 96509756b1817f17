using System.Net;

namespace ActivityAware.Aws.StepFunctions;

/// <summary>A Step Functions API call answered with an error; <see cref="ErrorCode"/> is the service's error type name.</summary>
public sealed class StepFunctionsException(string operation, HttpStatusCode statusCode, string errorCode, string message)
    : Exception($"Step Functions {operation} failed with HTTP {(int)statusCode} {errorCode}: {message}")
{
    public string Operation { get; } = operation;
    public HttpStatusCode StatusCode { get; } = statusCode;
    public string ErrorCode { get; } = errorCode;
}
