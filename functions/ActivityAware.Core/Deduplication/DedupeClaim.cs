namespace ActivityAware.Core.Deduplication;

/// <summary>
/// What the store answered. <c>Claimed</c>: this alert opens a new window and goes out; <c>SuppressedCount</c> is how many were suppressed in the
/// window before it. Not claimed: a duplicate; <c>SuppressedCount</c> is how many the current window has suppressed, this one included.
/// </summary>
public sealed record DedupeClaim(bool Claimed, long SuppressedCount)
{
    public static DedupeClaim NewWindow(long suppressedBefore) => new(true, suppressedBefore);
    public static DedupeClaim Duplicate(long suppressedSoFar) => new(false, suppressedSoFar);
}
