namespace ActivityAware.Core.Pipeline;

/// <summary>Output of "Check duplicate". The state machine's Choice reads <c>$.dedupe.belowThreshold</c> and <c>$.dedupe.duplicate</c>.</summary>
public sealed record DedupeOutput(AlertCandidate Alert, DedupeDecision Dedupe);
