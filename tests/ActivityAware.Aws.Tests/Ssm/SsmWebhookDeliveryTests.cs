using ActivityAware.Aws.Http;
using ActivityAware.Aws.Ssm;
using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Routing;
using ActivityAware.Testing;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace ActivityAware.Aws.Tests.Ssm;

/// <summary>The real chain of a webhook delivery: URL from an SSM SecureString (moto), POST to a real HTTP server.</summary>
public sealed class SsmWebhookDeliveryTests(MotoServer moto) : IClassFixture<MotoServer>, IDisposable
{
    private readonly LoopbackHttpServer _hook = new();
    private readonly AmazonSimpleSystemsManagementClient _ssm = SsmSecretSourceTests.Client(moto.Endpoint);

    [Fact]
    public async Task SendAsync_UrlInSsm_PostsMessageToIt()
    {
        await _ssm.PutParameterAsync(new PutParameterRequest { Name = "/aa/hook", Value = new Uri(_hook.BaseUri, "in/s3cret").ToString(), Type = ParameterType.SecureString, Overwrite = true });
        var sender = new HttpDestinationSender(new HttpJsonPoster(new HttpClient(), TimeProvider.System), new SsmSecretSource(_ssm));
        var item = new DeliveryItem("hook", DestinationTypes.Webhook, "/aa/hook", "v1|r", "e1", "AWS.AccessDenied", "medium", """{"hello":"world"}""", "test");

        var result = await sender.SendAsync(item, DestinationTypes.Webhook);

        Assert.Equal(new DeliveryResult("hook", "webhook", "sent", 200, null), result);
        var request = Assert.Single(_hook.Requests);
        Assert.Equal(("/in/s3cret", """{"hello":"world"}"""), (request.PathAndQuery, request.Body));
    }

    public void Dispose()
    {
        _hook.Dispose();
        _ssm.Dispose();
    }
}
