using System.Text.Json;
using ActivityAware.Aws.Http;
using ActivityAware.Core.Delivery;
using ActivityAware.Core.Routing;
using ActivityAware.Functions.Hosting;
using ActivityAware.Functions.Tests.Support;
using ActivityAware.Testing;

namespace ActivityAware.Functions.Tests;

public sealed class SendToPagerDutyFunctionTests : IDisposable
{
    private readonly LoopbackHttpServer _pagerDuty = new();

    private SendToPagerDutyFunction Function() => new(
        new PagerDutySender(
            new HttpJsonPoster(new HttpClient(), TimeProvider.System),
            new InMemorySecretSource(new Dictionary<string, string> { ["/aa/pd"] = "R0UT1NGKEY\n" }),
            new Uri(_pagerDuty.BaseUri, "v2/enqueue")),
        StepLog.Silent);

    [Fact]
    public async Task Handle_PagerDuty202_SentWithRoutingKeyFilledIn()
    {
        _pagerDuty.Enqueue(202, """{"status":"success","message":"Event processed","dedup_key":"k"}""");
        var item = DeliveryItems.For(DestinationTypes.PagerDuty, "/aa/pd");

        var result = Payload.Read(await Function().Handle(Payload.Of(item, Payload.Contracts.DeliveryItem)), Payload.Contracts.DeliveryResult);

        Assert.Equal(("sent", 202), (result.Status, result.HttpStatus));
        var request = Assert.Single(_pagerDuty.Requests);
        Assert.Equal("/v2/enqueue", request.PathAndQuery);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("R0UT1NGKEY", body.RootElement.GetProperty("routing_key").GetString());
        Assert.Equal(item.AlertKey, body.RootElement.GetProperty("dedup_key").GetString());
        Assert.DoesNotContain("R0UT1NGKEY", item.Message);
    }

    [Fact]
    public async Task Handle_PagerDuty429_Throttled()
    {
        _pagerDuty.Enqueue(429, "{}");
        var item = DeliveryItems.For(DestinationTypes.PagerDuty, "/aa/pd");
        var e = await Assert.ThrowsAsync<DestinationThrottledException>(() => Function().Handle(Payload.Of(item, Payload.Contracts.DeliveryItem)));
        Assert.Null(e.RetryAfter);
    }

    [Fact]
    public async Task Handle_PagerDuty400_Rejected()
    {
        _pagerDuty.Enqueue(400, """{"status":"invalid event","errors":["'routing_key' is invalid"]}""");
        var item = DeliveryItems.For(DestinationTypes.PagerDuty, "/aa/pd");
        var e = await Assert.ThrowsAsync<DestinationRejectedException>(() => Function().Handle(Payload.Of(item, Payload.Contracts.DeliveryItem)));
        Assert.Contains("invalid event", e.Message);
    }

    public void Dispose() => _pagerDuty.Dispose();
}
