namespace ActivityAware.Core.CloudTrail.Reading;

/// <summary>Bounds of the streaming reader. Memory use is about one record (at most <see cref="MaxRecordBytes"/>) plus the read buffer.</summary>
public sealed record CloudTrailReaderOptions
{
    /// <summary>A record, JSON line or single object larger than this ends its source with an error instead of growing memory without bound.</summary>
    public int MaxRecordBytes { get; init; } = 32 * 1024 * 1024;

    public int ReadBufferBytes { get; init; } = 64 * 1024;

    /// <summary>Nesting allowed inside one record; deeper input is reported as invalid.</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>
    /// Decides each record of a CloudTrail log file's <c>Records</c> array in the pass that finds its end (other input forms are
    /// not screened). A screen holds per-record state: one reader per screen, reading one source at a time.
    /// </summary>
    public IRecordScreen? Screen { get; init; }

    public static CloudTrailReaderOptions Default { get; } = new();
}
