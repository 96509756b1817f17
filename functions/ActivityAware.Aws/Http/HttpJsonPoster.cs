using System.Text;
using ActivityAware.Core.Delivery;

namespace ActivityAware.Aws.Http;

/// <summary>
/// POSTs a JSON body to a destination and maps the outcome: 2xx returns the status; otherwise a Destination*Exception. The URL may embed a
/// secret (Slack and webhook URLs do), so no message or inner exception this class creates carries it.
/// </summary>
public sealed class HttpJsonPoster(HttpClient http, TimeProvider clock)
{
    public async Task<int> PostAsync(string destination, Uri url, string json, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(url, content, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new DestinationUnavailableException($"destination '{destination}' could not be reached ({e.HttpRequestError})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DestinationUnavailableException($"destination '{destination}' did not answer within {http.Timeout.TotalSeconds:0} s");
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            HttpStatusClassifier.EnsureDelivered(destination, response.StatusCode, RetryAfter(response), body);
            return (int)response.StatusCode;
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
