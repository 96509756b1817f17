using ActivityAware.Core.Rules;

namespace ActivityAware.Core.Deduplication;

/// <summary>
/// Counts burst rules' observations across executions (<see cref="BurstWindow"/> does the arithmetic). Implementations throw
/// <see cref="DedupeStoreUnavailableException"/> when the store cannot answer.
/// </summary>
public interface IBurstStore
{
    /// <param name="eventTime">When the event happened: windows are measured on event time.</param>
    /// <param name="now">The store's clock, for expiring counters that no event touches any more.</param>
    Task<BurstState> ObserveAsync(BurstObservation observation, DateTimeOffset eventTime, DateTimeOffset now, CancellationToken cancellationToken = default);
}
