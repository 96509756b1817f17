namespace ActivityAware.Core.Routing;

/// <summary>A routing file that cannot be used; the message names the file, the line and what to change.</summary>
public sealed class RoutingConfigException(string message, Exception? inner = null) : Exception(message, inner);
