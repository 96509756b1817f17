using System.Net;
using System.Net.Sockets;
using ActivityAware.Aws.Http;
using ActivityAware.Core.Delivery;
using ActivityAware.Core.Routing;
using ActivityAware.Functions.Hosting;
using ActivityAware.Functions.Tests.Support;

namespace ActivityAware.Functions.Tests;

public sealed class SendTimeoutTests
{
    [Fact]
    public async Task Handle_DestinationAcceptsButNeverAnswers_UnavailableAfterTimeout()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/hook/s3cr3t";
        var function = new SendToWebhookFunction(
            new HttpDestinationSender(
                new HttpJsonPoster(new HttpClient { Timeout = TimeSpan.FromMilliseconds(500) }, TimeProvider.System),
                new InMemorySecretSource(new Dictionary<string, string> { ["/aa/hook"] = url })),
            StepLog.Silent);

        var e = await Assert.ThrowsAsync<DestinationUnavailableException>(() => function.Handle(Payload.Of(DeliveryItems.For(DestinationTypes.Webhook, "/aa/hook"), Payload.Contracts.DeliveryItem)));

        Assert.Contains("did not answer within", e.Message);
        Assert.DoesNotContain("s3cr3t", e.ToString());
    }
}
