namespace ActivityAware.Core.CloudTrail.Reading;

/// <summary>
/// What a reader yields, in input order: a record, a failure, or a count of records its <see cref="CloudTrailReaderOptions.Screen"/>
/// rejected since the previous item (which are read, but neither copied nor yielded one by one).
/// </summary>
public readonly record struct ReadItem
{
    private ReadItem(RawRecord? record, ReadFailure? failure, long screenedOut)
    {
        Record = record;
        Failure = failure;
        ScreenedOut = screenedOut;
    }

    public RawRecord? Record { get; }
    public ReadFailure? Failure { get; }

    /// <summary>How many records the screen rejected; zero on a record or failure item.</summary>
    public long ScreenedOut { get; }

    public static ReadItem Of(RawRecord record) => new(record, null, 0);
    public static ReadItem Of(ReadFailure failure) => new(null, failure, 0);
    public static ReadItem OfScreenedOut(long count) => new(null, null, count);
}
