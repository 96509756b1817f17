namespace ActivityAware.Core.Delivery;

/// <summary>The destination refused the message (HTTP 4xx other than 429). Retrying cannot help; the item goes to the dead letter.</summary>
public sealed class DestinationRejectedException(string message) : Exception(message);
