namespace ActivityAware.Core.CloudTrail.Reading;

internal enum ScanStepKind
{
    NeedData,
    Item,
    Failure,
    End,
}
