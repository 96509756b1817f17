namespace ActivityAware.Core.Deduplication;

/// <summary>Remembers which alert keys were seen within a window. Implementations throw <see cref="DedupeStoreUnavailableException"/> when the store cannot answer.</summary>
public interface IDedupeStore
{
    /// <summary>
    /// Claims <paramref name="key"/> for <paramref name="window"/> from <paramref name="now"/>. Claimed when the key is absent or its window has ended
    /// (the claim then reports how many alerts the ended window suppressed); otherwise the alert is a duplicate and the window's suppressed count grows by one.
    /// </summary>
    Task<DedupeClaim> TryClaimAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken = default);
}
