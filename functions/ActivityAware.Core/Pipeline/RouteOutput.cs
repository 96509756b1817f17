namespace ActivityAware.Core.Pipeline;

/// <summary>Output of "Choose destinations". The Map iterates <c>$.destinations</c>; its results land in <c>$.deliveries</c>.</summary>
public sealed record RouteOutput(
    AlertCandidate Alert,
    DedupeDecision Dedupe,
    PrincipalEnrichment? Enrichment,
    StepError? EnrichmentError,
    IReadOnlyList<DeliveryItem> Destinations);
