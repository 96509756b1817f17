using System.Text.Json;
using ActivityAware.Aws.Http;
using ActivityAware.Core.Routing;
using ActivityAware.Functions.Hosting;
using ActivityAware.Functions.Tests.Support;
using ActivityAware.Testing;

namespace ActivityAware.Functions.Tests;

public sealed class SendToWebhookFunctionTests : IDisposable
{
    private readonly LoopbackHttpServer _hook = new();

    [Fact]
    public async Task Handle_Webhook204_SentWithAlertJson()
    {
        _hook.Enqueue(204);
        var function = new SendToWebhookFunction(
            new HttpDestinationSender(
                new HttpJsonPoster(new HttpClient(), TimeProvider.System),
                new InMemorySecretSource(new Dictionary<string, string> { ["/aa/hook"] = new Uri(_hook.BaseUri, "ingest?token=t").ToString() })),
            StepLog.Silent);
        var item = DeliveryItems.For(DestinationTypes.Webhook, "/aa/hook");

        var result = Payload.Read(await function.Handle(Payload.Of(item, Payload.Contracts.DeliveryItem)), Payload.Contracts.DeliveryResult);

        Assert.Equal(("sent", 204), (result.Status, result.HttpStatus));
        var request = Assert.Single(_hook.Requests);
        Assert.Equal("/ingest?token=t", request.PathAndQuery);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(item.AlertKey, body.RootElement.GetProperty("alert").GetProperty("alertKey").GetString());
    }

    public void Dispose() => _hook.Dispose();
}
