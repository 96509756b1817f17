using System.Text.Json.Nodes;
using ActivityAware.Core.Rendering;
using ActivityAware.Core.Routing;
using ActivityAware.Functions.Hosting;
using ActivityAware.Functions.Tests.Support;
using ActivityAware.Testing.Alerts;

namespace ActivityAware.Functions.Tests;

public sealed class ChooseDestinationsFunctionTests
{
    [Fact]
    public async Task Handle_InputWithCatchErrorAndNoEnrichment_RoutesAndKeepsError()
    {
        var enriched = AccessDeniedRecordBuilder.AccessDenied().Enriched();
        var input = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(enriched, Payload.Contracts.EnrichOutput))!.AsObject();
        input.Remove("enrichment");
        input["enrichmentError"] = new JsonObject { ["Error"] = "States.Timeout", ["Cause"] = "Enrich timed out" };
        var config = DefaultRouting.From("/aa/slack", null, null, null, []);
        var function = new ChooseDestinationsFunction(new RouteChooser(config, new DeliveryMessageRenderer()), StepLog.Silent);

        var text = Payload.Text(await function.Handle(Payload.Of(input.ToJsonString())));
        var output = Payload.Read(Payload.Of(text), Payload.Contracts.RouteOutput);

        Assert.Contains("\"enrichmentError\":{\"Error\":\"States.Timeout\",\"Cause\":\"Enrich timed out\"}", text);
        Assert.DoesNotContain("\"enrichment\":", text);
        var item = Assert.Single(output.Destinations);
        Assert.Equal(("slack", "slack", "/aa/slack"), (item.Name, item.Type, item.SecretParameter));
        Assert.Contains("States.Timeout", item.Message);
    }
}
