namespace ActivityAware.Core.Deduplication;

/// <summary>What a burst store answered for one observation: whether the threshold is reached, and how many values the window holds (at most the threshold).</summary>
public sealed record BurstState(bool Reached, int Count);
