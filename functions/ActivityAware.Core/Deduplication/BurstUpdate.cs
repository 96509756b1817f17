namespace ActivityAware.Core.Deduplication;

/// <summary>A burst counter after one observation: the entries to keep, and whether the threshold is reached.</summary>
public sealed record BurstUpdate(IReadOnlyList<BurstEntry> Entries, bool Reached)
{
    public int Count => Entries.Count;
}
