namespace ActivityAware.Core.Deduplication;

/// <summary>A dedupe store for one process (the local runner and tests). Thread-safe; windows measured on the caller's clock; a window still holds at its end instant, as in the DynamoDB store.</summary>
public sealed class InMemoryDedupeStore : IDedupeStore
{
    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public Task<DedupeClaim> TryClaimAsync(string key, TimeSpan window, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (window <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(window), window, "the dedupe window must be positive");
        lock (_lock)
        {
            if (_windows.TryGetValue(key, out var current) && current.ExpiresAt >= now)
            {
                current.Suppressed++;
                return Task.FromResult(DedupeClaim.Duplicate(current.Suppressed));
            }
            _windows[key] = new Window { ExpiresAt = now + window };
            return Task.FromResult(DedupeClaim.NewWindow(current?.Suppressed ?? 0));
        }
    }

    private sealed class Window
    {
        public DateTimeOffset ExpiresAt { get; init; }
        public long Suppressed { get; set; }
    }
}
