using Amazon.Runtime;

namespace ActivityAware.Local.Input;

/// <summary>The S3 errors that mean "this input cannot be read" (missing bucket, denied, no credentials, unreachable endpoint).</summary>
public static class S3Failures
{
    public static bool IsExpected(Exception exception) =>
        exception is AmazonServiceException or AmazonClientException or HttpRequestException;

    public static string Describe(Exception exception) => exception switch
    {
        AmazonServiceException service => $"{service.ErrorCode ?? service.GetType().Name} ({(int)service.StatusCode}): {service.Message}",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };
}
