namespace ActivityAware.Core.Delivery;

/// <summary>The destination failed in a way that may pass: HTTP 5xx, timeout, connection refused or reset. Retryable.</summary>
public sealed class DestinationUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
