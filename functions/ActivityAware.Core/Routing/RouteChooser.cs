using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rendering;

namespace ActivityAware.Core.Routing;

/// <summary>"Choose destinations": applies the routing config to an enriched alert and renders one message per destination; each item says which route chose it.</summary>
public sealed class RouteChooser(RoutingConfig config, DeliveryMessageRenderer renderer)
{
    public RouteOutput Choose(EnrichOutput input)
    {
        var alert = input.Alert;
        var items = new List<DeliveryItem>();
        foreach (var destination in config.Destinations)
        {
            if (config.DefaultRoute.Contains(destination.Name)) continue;
            if (RouteFilter.Explain(destination, alert) is { } reason) items.Add(Item(destination, input, reason));
        }
        if (items.Count == 0)
        {
            foreach (var destination in config.Destinations.Where(d => config.DefaultRoute.Contains(d.Name)))
                if (RouteFilter.Explain(destination, alert) is { } reason) items.Add(Item(destination, input, $"default route; {reason}"));
        }
        return new RouteOutput(alert, input.Dedupe, input.Enrichment, input.EnrichmentError, items);
    }

    private DeliveryItem Item(DestinationConfig destination, EnrichOutput input, string reason) => new(
        destination.Name,
        destination.Type,
        destination.SecretParameter,
        input.Alert.AlertKey,
        input.Alert.Event.EventId,
        LeadRule.Of(input.Alert).RuleId,
        SeverityNames.Of(input.Alert.Severity),
        renderer.Render(destination, input),
        reason);
}
