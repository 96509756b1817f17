namespace ActivityAware.Core.Deduplication;

/// <summary>
/// The arithmetic of one burst counter, shared by every store. The counter keeps the distinct values seen, each with its latest event
/// time, that lie within one window of the newest time, and at most threshold of them (the most recent): enough to answer "have threshold
/// distinct values been seen within the window?" exactly, in bounded space. Event time, not arrival time: CloudTrail delivers events
/// minutes late and out of order, and a replay runs on the events' own clock. An event older than the window ending at the newest one
/// counts for nothing and reaches nothing.
/// </summary>
public static class BurstWindow
{
    public static BurstUpdate Observe(IReadOnlyList<BurstEntry> entries, string value, long time, int threshold, long windowSeconds)
    {
        if (threshold < 1) throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "a burst threshold is at least 1");
        if (windowSeconds <= 0) throw new ArgumentOutOfRangeException(nameof(windowSeconds), windowSeconds, "a burst window must be positive");

        var kept = new List<BurstEntry>(entries.Count + 1);
        var seenAt = time;
        foreach (var entry in entries)
        {
            if (entry.Value != value)
                kept.Add(entry);
            else if (entry.Time > time)
                seenAt = entry.Time;
        }
        kept.Add(new BurstEntry(value, seenAt));

        var windowStart = kept.Max(e => e.Time) - windowSeconds;
        kept.RemoveAll(e => e.Time < windowStart);
        if (kept.Count > threshold)
        {
            kept.Sort((a, b) => b.Time.CompareTo(a.Time));
            kept.RemoveRange(threshold, kept.Count - threshold);
        }
        return new BurstUpdate(kept, Reached: kept.Count >= threshold && time >= windowStart);
    }
}
