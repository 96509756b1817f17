namespace ActivityAware.Local.Asl.Definition;

/// <summary>
/// A Distributed Map's ItemReader: the S3 call (<see cref="Resource"/> with <see cref="Parameters"/>) that lists the items, and how the
/// object read is split into items (<c>ReaderConfig</c>). <see cref="MaxItems"/> 0 means no limit beyond the 100,000,000 AWS reads at most.
/// </summary>
public sealed record ItemReaderDefinition(
    string Resource,
    PayloadTemplate? Parameters,
    string? InputType,
    string CsvHeaderLocation,
    IReadOnlyList<string>? CsvHeaders,
    char CsvDelimiter,
    long MaxItems,
    ValueExpression? MaxItemsPath)
{
    public const string GetObject = "arn:aws:states:::s3:getObject";
    public const string ListObjectsV2 = "arn:aws:states:::s3:listObjectsV2";
    public const int MaxItemsLimit = 100_000_000;
}
