namespace ActivityAware.Core.CloudTrail.Reading;

/// <summary>
/// What a reader yields, in input order: a record, a failure, a count of records its <see cref="CloudTrailReaderOptions.Screen"/>
/// rejected since the previous item (which are read, but neither copied nor yielded one by one), or a value that is known to hold no
/// events (a digest file) with why it was skipped.
/// </summary>
public readonly record struct ReadItem
{
    private ReadItem(RawRecord? record, ReadFailure? failure, long screenedOut, string? skipped)
    {
        Record = record;
        Failure = failure;
        ScreenedOut = screenedOut;
        Skipped = skipped;
    }

    public RawRecord? Record { get; }
    public ReadFailure? Failure { get; }

    /// <summary>How many records the screen rejected; zero on a record or failure item.</summary>
    public long ScreenedOut { get; }

    /// <summary>Why a value that holds no events was skipped, e.g. <see cref="DigestFile.SkipReason"/>; null on other items.</summary>
    public string? Skipped { get; }

    public static ReadItem Of(RawRecord record) => new(record, null, 0, null);
    public static ReadItem Of(ReadFailure failure) => new(null, failure, 0, null);
    public static ReadItem OfScreenedOut(long count) => new(null, null, count, null);
    public static ReadItem OfSkipped(string reason) => new(null, null, 0, reason);
}
