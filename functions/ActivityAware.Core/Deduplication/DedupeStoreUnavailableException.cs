namespace ActivityAware.Core.Deduplication;

/// <summary>The dedupe store could not answer (network, throttling, permissions). "Check duplicate" fails open on it: the alert goes out, flagged.</summary>
public sealed class DedupeStoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
