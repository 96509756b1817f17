namespace ActivityAware.Core.Deduplication;

/// <summary>One value a burst counter holds and the latest event time (Unix seconds) it was seen at.</summary>
public readonly record struct BurstEntry(string Value, long Time);
