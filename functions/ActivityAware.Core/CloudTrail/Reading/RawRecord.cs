namespace ActivityAware.Core.CloudTrail.Reading;

/// <summary>
/// One CloudTrail record as UTF-8 JSON, already taken out of its envelope (EventBridge <c>detail</c>, lookup-events
/// <c>CloudTrailEvent</c>); the bytes are a private copy the caller may keep.
/// </summary>
public sealed record RawRecord(ReadOnlyMemory<byte> Json, RecordLocation Location)
{
    /// <summary>The <see cref="CloudTrailReaderOptions.Screen"/> that passed this record; null when no screen decided it.</summary>
    public IRecordScreen? PassedBy { get; init; }
}
