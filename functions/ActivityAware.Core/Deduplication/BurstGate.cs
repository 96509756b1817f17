using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rules;

namespace ActivityAware.Core.Deduplication;

/// <summary>
/// Counts an alert's burst matches. A burst match stays only once its threshold is reached, and then only when its own key (the rule's dedupe
/// fields, or its group-by values) opens a new window: a burst alerts once per window, while the event's ordinary matches (the denial itself)
/// still alert on their own keys. When the burst store cannot answer, the burst match is left out and reported, so an outage never turns
/// every denied call into an enumeration alert; the ordinary matches go on.
/// </summary>
public sealed class BurstGate(IBurstStore bursts, IDedupeStore store, TimeSpan window, Action<DedupeStoreUnavailableException>? storeFailed)
{
    public async Task<BurstOutcome> CountAsync(AlertCandidate alert, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var eventTime = alert.Event.EventTime ?? now;
        var kept = new List<RuleMatch>(alert.Matches.Count);
        var opened = new Dictionary<string, DedupeClaim>(StringComparer.Ordinal);
        (string, DedupeClaim)? repeated = null;
        foreach (var match in alert.Matches)
        {
            if (match.Burst is not { } burst)
            {
                kept.Add(match);
                continue;
            }
            try
            {
                var state = await bursts.ObserveAsync(burst, eventTime, now, cancellationToken);
                if (!state.Reached) continue;
                var key = match.DedupeKey ?? burst.Key;
                var matchWindow = match.DedupeWindowSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : window;
                var claim = await store.TryClaimAsync(key, matchWindow, now, cancellationToken);
                if (!claim.Claimed)
                {
                    repeated = (key, claim);
                    continue;
                }
                opened[match.RuleId] = claim;
                kept.Add(match with { Reason = $"{match.Reason}; {state.Count} {burst.Counted} within {Duration(burst.WindowSeconds)}" });
            }
            catch (DedupeStoreUnavailableException e)
            {
                storeFailed?.Invoke(e);
            }
        }
        return new BurstOutcome(kept, opened, repeated);
    }

    private static string Duration(int seconds) => TimeSpan.FromSeconds(seconds) switch
    {
        { TotalHours: >= 1 } span when span.TotalHours % 1 == 0 => $"{span.TotalHours:0}h",
        { TotalMinutes: >= 1 } span when span.TotalMinutes % 1 == 0 => $"{span.TotalMinutes:0}m",
        var span => $"{span.TotalSeconds:0}s",
    };
}
