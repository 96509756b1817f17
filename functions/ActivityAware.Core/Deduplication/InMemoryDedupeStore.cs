namespace ActivityAware.Core.Deduplication;

/// <summary>
/// A dedupe store for one process (the local runner and tests). Thread-safe; windows measured on the caller's clock; a window still holds
/// at its end instant, as in the DynamoDB store. An expired window is kept for <c>retention</c> so the next alert can say how many were
/// suppressed, then forgotten (as DynamoDB's TTL forgets it), so memory follows the keys active recently, not every key ever seen.
/// </summary>
public sealed class InMemoryDedupeStore(TimeSpan retention, int pruneEvery) : IDedupeStore
{
    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private int _claimsSincePrune;

    public InMemoryDedupeStore() : this(TimeSpan.FromHours(24), pruneEvery: 10_000) { }

    public int Count
    {
        get { lock (_lock) return _windows.Count; }
    }

    public Task<DedupeClaim> TryClaimAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (window <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(window), window, "the dedupe window must be positive");
        lock (_lock)
        {
            if (++_claimsSincePrune >= pruneEvery) Prune(now);
            if (_windows.TryGetValue(key, out var current) && current.ExpiresAt >= now)
            {
                current.Suppressed++;
                return Task.FromResult(DedupeClaim.Duplicate(current.Suppressed));
            }
            _windows[key] = new Window { ExpiresAt = now + window };
            return Task.FromResult(DedupeClaim.NewWindow(current?.Suppressed ?? 0));
        }
    }

    private void Prune(DateTimeOffset now)
    {
        _claimsSincePrune = 0;
        foreach (var (key, window) in _windows)
            if (window.ExpiresAt + retention < now) _windows.Remove(key);
    }

    private sealed class Window
    {
        public DateTimeOffset ExpiresAt { get; init; }
        public long Suppressed { get; set; }
    }
}
