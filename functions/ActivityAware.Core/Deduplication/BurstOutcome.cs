using ActivityAware.Core.Rules;

namespace ActivityAware.Core.Deduplication;

/// <summary>
/// An alert's matches after its bursts were counted: the matches kept (every ordinary match, and each burst match that reached its threshold
/// and opened a new window of its own key), the windows those bursts opened by rule id, and the last burst found to be a duplicate.
/// </summary>
public sealed record BurstOutcome(
    IReadOnlyList<RuleMatch> Kept,
    IReadOnlyDictionary<string, DedupeClaim> Opened,
    (string Key, DedupeClaim Claim)? Repeated);
