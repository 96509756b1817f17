using ActivityAware.Core.Rules;

namespace ActivityAware.Core.Deduplication;

/// <summary>
/// Burst counters for one process (the local runner and tests). Thread-safe. A counter no event has touched for its window plus
/// <c>retention</c> is forgotten (as DynamoDB's TTL forgets it), so memory follows the recently active keys, not every key ever seen.
/// </summary>
public sealed class InMemoryBurstStore(TimeSpan retention, int pruneEvery) : IBurstStore
{
    private readonly Dictionary<string, Counter> _counters = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private int _observationsSincePrune;

    public InMemoryBurstStore() : this(TimeSpan.FromHours(1), pruneEvery: 10_000) { }

    public int Count
    {
        get { lock (_lock) return _counters.Count; }
    }

    public Task<BurstState> ObserveAsync(BurstObservation observation, DateTimeOffset eventTime, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (++_observationsSincePrune >= pruneEvery) Prune(now);
            var entries = _counters.TryGetValue(observation.Key, out var counter) ? counter.Entries : [];
            var update = BurstWindow.Observe(entries, observation.Value, eventTime.ToUnixTimeSeconds(), observation.Threshold, observation.WindowSeconds);
            var expiresAt = Max(now, eventTime) + TimeSpan.FromSeconds(observation.WindowSeconds);
            _counters[observation.Key] = new Counter(update.Entries, counter is null || expiresAt > counter.ExpiresAt ? expiresAt : counter.ExpiresAt);
            return Task.FromResult(new BurstState(update.Reached, update.Count));
        }
    }

    private void Prune(DateTimeOffset now)
    {
        _observationsSincePrune = 0;
        foreach (var (key, counter) in _counters)
            if (counter.ExpiresAt + retention < now) _counters.Remove(key);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed record Counter(IReadOnlyList<BurstEntry> Entries, DateTimeOffset ExpiresAt);
}
