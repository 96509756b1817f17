namespace ActivityAware.Core.Pipeline;

/// <summary>Output of "Enrich principal". When enrichment fails the Catch keeps the input and adds <c>enrichmentError</c>, so the alert still goes out.</summary>
public sealed record EnrichOutput(
    AlertCandidate Alert,
    DedupeDecision Dedupe,
    PrincipalEnrichment? Enrichment,
    StepError? EnrichmentError);
