using ActivityAware.Aws.Http;
using ActivityAware.Aws.Ssm;
using Amazon.SimpleSystemsManagement;

namespace ActivityAware.Functions.Hosting;

/// <summary>The real clients of the delivery steps, built once per container.</summary>
public static class DeliveryClients
{
    public static readonly TimeSpan HttpTimeout = TimeSpan.FromSeconds(10);

    public static HttpJsonPoster Poster() => new(new HttpClient { Timeout = HttpTimeout }, TimeProvider.System);

    public static SsmSecretSource Secrets() => new(new AmazonSimpleSystemsManagementClient());
}
