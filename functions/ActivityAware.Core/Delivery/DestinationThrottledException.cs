namespace ActivityAware.Core.Delivery;

/// <summary>The destination answered HTTP 429. Retryable; <see cref="RetryAfter"/> is what it asked for (also in the message, which is all the ASL sees).</summary>
public sealed class DestinationThrottledException(string message, TimeSpan? retryAfter) : Exception(message)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
