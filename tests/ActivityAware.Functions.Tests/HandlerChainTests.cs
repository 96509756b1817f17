using System.Text.Json;
using ActivityAware.Aws.Http;
using ActivityAware.Core.Deduplication;
using ActivityAware.Core.Detection;
using ActivityAware.Core.Enrichment;
using ActivityAware.Core.Normalization;
using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rendering;
using ActivityAware.Core.Routing;
using ActivityAware.Functions.Hosting;
using ActivityAware.Functions.Tests.Support;
using ActivityAware.Testing;
using ActivityAware.Testing.Alerts;
using Microsoft.Extensions.Time.Testing;

namespace ActivityAware.Functions.Tests;

/// <summary>Each handler's output stream is the next one's input, as the state machine passes them (no Choice/Map in between).</summary>
public sealed class HandlerChainTests : IDisposable
{
    private readonly LoopbackHttpServer _hook = new();

    [Fact]
    public async Task Handle_EventBridgeEventThroughEveryStep_WebhookReceivesTheAlert()
    {
        var normalize = new NormalizeFunction(new NormalizeStep(new AccessDeniedDetector(), new EventNormalizer()), StepLog.Silent);
        var dedupe = new CheckDuplicateFunction(new DeduplicationStep(new InMemoryDedupeStore(), new InMemoryBurstStore(), TimeSpan.FromMinutes(15), new FakeTimeProvider()), StepLog.Silent);
        var enrich = new EnrichFunction(PrincipalEnricher.EventOnly(), StepLog.Silent);
        var route = new ChooseDestinationsFunction(new RouteChooser(DefaultRouting.From(null, null, "/aa/hook", null, []), new DeliveryMessageRenderer()), StepLog.Silent);
        var send = new SendToWebhookFunction(
            new HttpDestinationSender(new HttpJsonPoster(new HttpClient(), TimeProvider.System),
                new InMemorySecretSource(new Dictionary<string, string> { ["/aa/hook"] = _hook.BaseUri.ToString() })),
            StepLog.Silent);

        var routed = await route.Handle(await enrich.Handle(await dedupe.Handle(await normalize.Handle(Payload.Of(AccessDeniedRecordBuilder.AccessDenied().EventBridgeJson())))));
        var destinations = Payload.Read(routed, Payload.Contracts.RouteOutput).Destinations;
        var item = Assert.Single(destinations);
        var result = Payload.Read(await send.Handle(Payload.Of(item, Payload.Contracts.DeliveryItem)), Payload.Contracts.DeliveryResult);

        Assert.Equal("sent", result.Status);
        using var body = JsonDocument.Parse(Assert.Single(_hook.Requests).Body);
        Assert.Equal("no-identity-policy", body.RootElement.GetProperty("enrichment").GetProperty("denialReason").GetString());
        Assert.Equal("8f3c1a52-0d7e-4c59-9d55-2f1a6b3e9a01", body.RootElement.GetProperty("alert").GetProperty("event").GetProperty("eventId").GetString());
    }

    public void Dispose() => _hook.Dispose();
}
