namespace ActivityAware.Core.Enrichment;

/// <summary>IAM could not answer; the alert goes out enriched from the event alone, saying so.</summary>
public sealed class PrincipalDirectoryUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
