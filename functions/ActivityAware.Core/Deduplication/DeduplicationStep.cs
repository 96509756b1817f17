using ActivityAware.Core.Pipeline;

namespace ActivityAware.Core.Deduplication;

/// <summary>
/// "Check duplicate": claims the alert key for the window (the lead rule's own window when it sets one, else the deployment's). When the
/// store cannot answer it fails open (alert goes out, flagged) and reports why.
/// </summary>
public sealed class DeduplicationStep(IDedupeStore store, TimeSpan window, TimeProvider clock, Action<DedupeStoreUnavailableException>? storeFailed = null)
{
    public async Task<DedupeOutput> RunAsync(NormalizeOutput input, CancellationToken cancellationToken = default)
    {
        var alert = input.Alert ?? throw new ArgumentException(
            $"'Check duplicate' needs a matched alert, but the input has matched={input.Matched} and no alert ({input.Reason ?? "no reason given"})", nameof(input));
        try
        {
            var alertWindow = alert.DedupeWindowSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : window;
            var claim = await store.TryClaimAsync(alert.AlertKey, alertWindow, clock.GetUtcNow(), cancellationToken);
            return new DedupeOutput(alert, new DedupeDecision(alert.AlertKey, !claim.Claimed, claim.SuppressedCount, FailedOpen: false));
        }
        catch (DedupeStoreUnavailableException e)
        {
            storeFailed?.Invoke(e);
            return new DedupeOutput(alert, new DedupeDecision(alert.AlertKey, Duplicate: false, SuppressedCount: 0, FailedOpen: true));
        }
    }
}
