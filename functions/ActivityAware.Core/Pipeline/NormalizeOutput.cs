namespace ActivityAware.Core.Pipeline;

/// <summary>Output of "Normalize event". The state machine's Choice reads <c>$.matched</c>.</summary>
public sealed record NormalizeOutput(bool Matched, AlertCandidate? Alert, string? Reason);
