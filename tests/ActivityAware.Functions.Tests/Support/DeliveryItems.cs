using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rendering;
using ActivityAware.Core.Routing;
using ActivityAware.Testing.Alerts;

namespace ActivityAware.Functions.Tests.Support;

/// <summary>Delivery items as "Choose destinations" makes them, for one destination of the given type.</summary>
internal static class DeliveryItems
{
    public static DeliveryItem For(string type, string? secretParameter, IReadOnlyList<string>? to = null)
    {
        var destination = new DestinationConfig { Name = $"test-{type}", Type = type, SecretParameter = secretParameter, To = to ?? [] };
        var config = new RoutingConfig([destination], [destination.Name]);
        return new RouteChooser(config, new DeliveryMessageRenderer()).Choose(AccessDeniedRecordBuilder.AccessDenied().Enriched()).Destinations.Single();
    }
}
