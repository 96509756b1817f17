namespace ActivityAware.Core.CloudTrail.Reading;

/// <summary>What a reader yields: either a record or a failure, in input order.</summary>
public readonly record struct ReadItem
{
    private ReadItem(RawRecord? record, ReadFailure? failure)
    {
        Record = record;
        Failure = failure;
    }

    public RawRecord? Record { get; }
    public ReadFailure? Failure { get; }

    public static ReadItem Of(RawRecord record) => new(record, null);
    public static ReadItem Of(ReadFailure failure) => new(null, failure);
}
