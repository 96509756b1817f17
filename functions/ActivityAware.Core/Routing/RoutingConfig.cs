namespace ActivityAware.Core.Routing;

/// <summary>
/// Where alerts go. A destination not named in <c>DefaultRoute</c> gets every alert its filters pass; the <c>DefaultRoute</c> destinations get
/// an alert no other destination took (still subject to their minimum severity).
/// </summary>
public sealed record RoutingConfig(IReadOnlyList<DestinationConfig> Destinations, IReadOnlyList<string> DefaultRoute);
