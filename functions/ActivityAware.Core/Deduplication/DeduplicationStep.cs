using ActivityAware.Core.Pipeline;
using ActivityAware.Core.Rules;

namespace ActivityAware.Core.Deduplication;

/// <summary>
/// "Check duplicate": counts the alert's burst matches (<see cref="BurstGate"/>), then claims the alert key for the window (the lead rule's
/// own window when it sets one, else the deployment's). An alert left with no match is below threshold, or a repeat of a burst already
/// alerted. When the dedupe store cannot answer it fails open (alert goes out, flagged) and reports why.
/// </summary>
public sealed class DeduplicationStep(
    IDedupeStore store,
    IBurstStore bursts,
    TimeSpan window,
    TimeProvider clock,
    Action<DedupeStoreUnavailableException>? storeFailed = null)
{
    private readonly BurstGate _bursts = new(bursts, store, window, storeFailed);

    public async Task<DedupeOutput> RunAsync(NormalizeOutput input, CancellationToken cancellationToken = default)
    {
        var alert = input.Alert ?? throw new ArgumentException(
            $"'Check duplicate' needs a matched alert, but the input has matched={input.Matched} and no alert ({input.Reason ?? "no reason given"})", nameof(input));
        var now = clock.GetUtcNow();
        if (!alert.Matches.Any(m => m.Burst is not null))
            return await ClaimAsync(alert, now, cancellationToken);

        var counted = await _bursts.CountAsync(alert, now, cancellationToken);
        if (counted.Kept.Count == 0)
        {
            return counted.Repeated is var (key, claim)
                ? new DedupeOutput(alert, new DedupeDecision(key, Duplicate: true, claim.SuppressedCount, FailedOpen: false))
                : new DedupeOutput(alert, new DedupeDecision(alert.AlertKey, Duplicate: false, SuppressedCount: 0, FailedOpen: false) { BelowThreshold = true });
        }
        var kept = counted.Kept.SequenceEqual(alert.Matches) ? alert : AlertCandidateFactory.Create(alert.Event, counted.Kept);
        // A burst leading the alert already opened the window of the alert's key.
        return counted.Opened.TryGetValue(LeadRule.Of(kept).RuleId, out var opened)
            ? new DedupeOutput(kept, new DedupeDecision(kept.AlertKey, Duplicate: false, opened.SuppressedCount, FailedOpen: false))
            : await ClaimAsync(kept, now, cancellationToken);
    }

    private async Task<DedupeOutput> ClaimAsync(AlertCandidate alert, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var alertWindow = alert.DedupeWindowSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : window;
            var claim = await store.TryClaimAsync(alert.AlertKey, alertWindow, now, cancellationToken);
            return new DedupeOutput(alert, new DedupeDecision(alert.AlertKey, !claim.Claimed, claim.SuppressedCount, FailedOpen: false));
        }
        catch (DedupeStoreUnavailableException e)
        {
            storeFailed?.Invoke(e);
            return new DedupeOutput(alert, new DedupeDecision(alert.AlertKey, Duplicate: false, SuppressedCount: 0, FailedOpen: true));
        }
    }
}
