using System.Net;

namespace ActivityAware.Core.Delivery;

/// <summary>Maps an HTTP answer of a destination to success or the exception the state machine retries or dead-letters on.</summary>
public static class HttpStatusClassifier
{
    private const int BodyExcerptLimit = 300;

    /// <summary>Returns on 2xx; otherwise throws. <paramref name="responseBody"/> is quoted (cut) so the dead letter says what the destination objected to.</summary>
    public static void EnsureDelivered(string destination, HttpStatusCode status, TimeSpan? retryAfter, string responseBody)
    {
        var code = (int)status;
        if (code is >= 200 and < 300) return;
        var body = responseBody.Length <= BodyExcerptLimit ? responseBody : responseBody[..BodyExcerptLimit] + "…";
        if (code == 429)
            throw new DestinationThrottledException(
                $"destination '{destination}' is throttling (HTTP 429){(retryAfter is { } wait ? $"; Retry-After {wait.TotalSeconds:0} s" : "")}", retryAfter);
        if (code >= 500)
            throw new DestinationUnavailableException($"destination '{destination}' failed with HTTP {code}: {body}");
        throw new DestinationRejectedException($"destination '{destination}' rejected the message with HTTP {code}: {body}");
    }
}
