using ActivityAware.Core.CloudTrail;
using ActivityAware.Core.Rules;

namespace ActivityAware.Core.Pipeline;

/// <summary>An event that matched at least one rule. Severity is the highest of the matches; the key groups similar alerts for deduplication.</summary>
public sealed record AlertCandidate(
    NormalizedEvent Event,
    IReadOnlyList<RuleMatch> Matches,
    Severity Severity,
    string Title,
    string AlertKey)
{
    /// <summary>The lead rule's own dedupe window in seconds; null: the deployment's window.</summary>
    public int? DedupeWindowSeconds { get; init; }
}
