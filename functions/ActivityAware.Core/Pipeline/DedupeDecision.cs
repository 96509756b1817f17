namespace ActivityAware.Core.Pipeline;

/// <summary>What the dedupe store said. <c>FailedOpen</c>: the store could not be reached, so the alert goes out flagged.</summary>
public sealed record DedupeDecision(string Key, bool Duplicate, long SuppressedCount, bool FailedOpen)
{
    /// <summary>Every match was a burst rule whose threshold is not reached yet: no alert, and the key was not claimed.</summary>
    public bool BelowThreshold { get; init; }
}
