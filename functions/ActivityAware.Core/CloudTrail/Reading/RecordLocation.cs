namespace ActivityAware.Core.CloudTrail.Reading;

/// <summary>
/// Where a record came from, precise enough to find it again: the source (file path, <c>s3://</c> URI or <c>stdin</c>),
/// the 1-based line it starts on, and for records inside a JSON array its element (<c>Records[41]</c>, <c>Events[3]</c>, <c>[7]</c>).
/// </summary>
public sealed record RecordLocation(string Source, long Ordinal, string? Element, long? Line)
{
    public override string ToString() => (Element, Line) switch
    {
        (null, null) => Source,
        (null, { } line) => $"{Source}:{line}",
        ({ } element, null) => $"{Source} {element}",
        ({ } element, { } line) => $"{Source}:{line} {element}",
    };
}
