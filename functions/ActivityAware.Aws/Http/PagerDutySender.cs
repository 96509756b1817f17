using System.Text.Json;
using System.Text.Json.Nodes;
using ActivityAware.Core.Delivery;
using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Routing;

namespace ActivityAware.Aws.Http;

/// <summary>
/// Delivers PagerDuty items to the Events API v2: the routing key comes from the item's secret parameter and is written into the rendered
/// event only here, just before sending. An item without a secret parameter is a dry run.
/// </summary>
public sealed class PagerDutySender(HttpJsonPoster poster, ISecretSource secrets, Uri endpoint)
{
    public static readonly Uri DefaultEndpoint = new("https://events.pagerduty.com/v2/enqueue");

    public async Task<DeliveryResult> SendAsync(DeliveryItem item, CancellationToken cancellationToken = default)
    {
        DeliveryResults.RequireType(item, DestinationTypes.PagerDuty);
        if (item.SecretParameter is null) return DeliveryResults.DryRunOf(item, "no secret parameter configured");

        JsonObject trigger;
        try { trigger = JsonNode.Parse(item.Message) as JsonObject ?? throw new DestinationConfigurationException($"PagerDuty item '{item.Name}' message is not a JSON object"); }
        catch (JsonException e) { throw new DestinationConfigurationException($"PagerDuty item '{item.Name}' message is not JSON: {e.Message}", e); }

        var routingKey = (await secrets.GetAsync(item.SecretParameter, cancellationToken)).Trim();
        trigger["routing_key"] = routingKey;
        var status = await poster.PostAsync(item.Name, endpoint, trigger.ToJsonString(), cancellationToken);
        return DeliveryResults.SentOk(item, status);
    }
}
