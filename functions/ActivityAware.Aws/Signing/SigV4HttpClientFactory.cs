using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Amazon.Runtime.Signing;

namespace ActivityAware.Aws.Signing;

/// <summary>HttpClients that sign every request with SigV4 (AWSSDK.Core's handler) for one service and region, with the default credential chain unless given.</summary>
public static class SigV4HttpClientFactory
{
    public static HttpClient Create(string service, string region, AWSCredentials? credentials = null, TimeSpan? timeout = null)
    {
        // The signer must see every hop: redirects followed below it would go out unsigned or with a stale signature.
        var transport = new HttpClientHandler { AllowAutoRedirect = false };
        var resolved = credentials ?? new DefaultAWSCredentialsIdentityResolver().ResolveIdentity(null);
        var signer = new SigV4SigningHandler(resolved, RegionEndpoint.GetBySystemName(region), service, transport);
        return new HttpClient(signer) { Timeout = timeout ?? TimeSpan.FromSeconds(10) };
    }

    /// <summary>The service endpoint: <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c>, else <c>AWS_ENDPOINT_URL</c>, else the public regional endpoint.</summary>
    public static Uri Endpoint(string endpointEnvironmentSuffix, string publicHostPrefix, string region, Func<string, string?> environment) =>
        Endpoint(endpointEnvironmentSuffix, new Uri($"https://{publicHostPrefix}.{region}.amazonaws.com"), environment);

    /// <summary>As above, for a service with one public endpoint per partition (IAM).</summary>
    public static Uri Endpoint(string endpointEnvironmentSuffix, Uri publicEndpoint, Func<string, string?> environment)
    {
        var configured = environment($"AWS_ENDPOINT_URL_{endpointEnvironmentSuffix}") ?? environment("AWS_ENDPOINT_URL");
        return string.IsNullOrWhiteSpace(configured) ? publicEndpoint : new Uri(configured);
    }
}
