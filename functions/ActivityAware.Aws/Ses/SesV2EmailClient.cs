using System.Net;
using System.Text;
using System.Text.Json;
using ActivityAware.Core.Delivery;
using ActivityAware.Core.Rendering;
using ActivityAware.Aws.Signing;

namespace ActivityAware.Aws.Ses;

/// <summary>
/// SES v2 <c>SendEmail</c> (REST-JSON <c>POST /v2/email/outbound-emails</c>) over an <see cref="HttpClient"/> whose handler signs with SigV4
/// (see <see cref="SigV4HttpClientFactory"/>); AWSSDK.SimpleEmailV2 is not available here. Throttling and 5xx are retryable; a rejected
/// message (unverified sender, bad address) is permanent.
/// </summary>
public sealed class SesV2EmailClient(HttpClient signedHttp, Uri endpoint) : IEmailSender
{
    public const string Destination = "ses";

    public async Task<string> SendAsync(string from, EmailDocument email, CancellationToken cancellationToken = default)
    {
        using var content = new StringContent(Body(from, email), Encoding.UTF8, "application/json");
        HttpResponseMessage response;
        try
        {
            response = await signedHttp.PostAsync(new Uri(endpoint, "/v2/email/outbound-emails"), content, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new DestinationUnavailableException($"SES could not be reached ({e.HttpRequestError})", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DestinationUnavailableException($"SES did not answer within {signedHttp.Timeout.TotalSeconds:0} s", e);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var errorType = response.Headers.TryGetValues("x-amzn-ErrorType", out var values) ? values.First().Split(':')[0] : null;
            if (errorType is "TooManyRequestsException" or "LimitExceededException" or "ThrottlingException")
                throw new DestinationThrottledException($"SES is throttling ({errorType})", null);
            if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
                throw new DestinationConfigurationException($"SES refused the call with HTTP {(int)response.StatusCode} {errorType}: check ses:SendEmail permission and credentials");
            HttpStatusClassifier.EnsureDelivered(Destination, response.StatusCode, response.Headers.RetryAfter?.Delta, text);
            return MessageId(text);
        }
    }

    private static string MessageId(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.TryGetProperty("MessageId", out var id) && id.GetString() is { } value
                ? value
                : throw new DestinationUnavailableException("SES answered 2xx without a MessageId");
        }
        catch (JsonException e)
        {
            throw new DestinationUnavailableException($"SES answered 2xx with a body that is not JSON: {e.Message}", e);
        }
    }

    private static string Body(string from, EmailDocument email)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("FromEmailAddress", from);
            w.WriteStartObject("Destination");
            w.WriteStartArray("ToAddresses");
            foreach (var address in email.To) w.WriteStringValue(address);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("Content");
            w.WriteStartObject("Simple");
            Part(w, "Subject", email.Subject);
            w.WriteStartObject("Body");
            Part(w, "Text", email.Text);
            Part(w, "Html", email.Html);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Part(Utf8JsonWriter w, string name, string data)
    {
        w.WriteStartObject(name);
        w.WriteString("Data", data);
        w.WriteString("Charset", "UTF-8");
        w.WriteEndObject();
    }
}
