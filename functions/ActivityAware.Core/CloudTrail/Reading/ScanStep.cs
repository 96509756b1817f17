namespace ActivityAware.Core.CloudTrail.Reading;

/// <summary>One result of <see cref="RecordScanner.Next"/>: more data needed, an item's bytes, a failure, or the end of the source.</summary>
internal readonly record struct ScanStep(ScanStepKind Kind, byte[]? Item = null, ItemKind ItemKind = default, RecordLocation? Location = null, ReadFailure? Failure = null, IRecordScreen? PassedBy = null)
{
    public static readonly ScanStep NeedData = new(ScanStepKind.NeedData);
    public static readonly ScanStep End = new(ScanStepKind.End);
}
