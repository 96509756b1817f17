namespace ActivityAware.Core.Delivery;

/// <summary>The destination is not usable as configured: secret parameter missing or unreadable, not a valid URL, wrong item type. Permanent.</summary>
public sealed class DestinationConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
